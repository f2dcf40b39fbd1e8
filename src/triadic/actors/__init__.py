"""triadic.actors"""
