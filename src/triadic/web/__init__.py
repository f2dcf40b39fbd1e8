"""triadic.web"""
