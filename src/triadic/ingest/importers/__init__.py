"""triadic.ingest.importers"""
