"""triadic.simulate"""
