"""triadic.evaluate"""
