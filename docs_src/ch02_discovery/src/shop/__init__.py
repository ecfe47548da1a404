"""Tessa's corner shop: customers and their loyalty points."""
