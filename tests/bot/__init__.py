"""Tests of the Discord side: pure units and end-to-end runs against a fake Discord."""
