"""triadic.engines"""
