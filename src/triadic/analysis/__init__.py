"""triadic.analysis"""
