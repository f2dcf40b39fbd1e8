"""triadic.ingest"""
