"""Drafting follow-up emails that pass the library's own validator."""
