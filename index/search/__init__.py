"""Answering questions from a store."""

from index.search.question import Question, find_speaker, parse_question
from index.search.searcher import Searcher

__all__ = ["Question", "Searcher", "find_speaker", "parse_question"]
