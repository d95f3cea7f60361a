"""The bundled all-MiniLM-L6-v2, loaded for real (slow)."""

from __future__ import annotations

import numpy as np
import pytest

from index.embed import Embedder, EmbeddingError, load_encoder

pytestmark = pytest.mark.slow


def test_bundled_model_embeds_meaningfully() -> None:
    embedder = Embedder()
    assert embedder.dimension == 384
    a, b, c = embedder.embed(
        [
            "The minister warned that sanctions would hurt the economy.",
            "Sanctions will damage the economy, the minister cautioned.",
            "The football match ended in a goalless draw.",
        ],
        progress=False,
    )
    assert float(a @ b) > float(a @ c) + 0.2
    query = embedder.embed_query("economic damage from sanctions")
    assert query.shape == (384,)
    np.testing.assert_allclose(np.linalg.norm(query), 1.0, rtol=1e-5)


def test_unknown_model_is_not_downloaded() -> None:
    with pytest.raises(EmbeddingError, match="no-such-whosaid-model"):
        load_encoder("no-such-whosaid-model")
