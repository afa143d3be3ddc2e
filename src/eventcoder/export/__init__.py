"""Output formats: JSONL with evidence, an ACLED-compatible CSV, and a plain-text table."""
