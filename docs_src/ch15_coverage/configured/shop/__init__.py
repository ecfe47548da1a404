"""The shop's code that chapter 15's configured example measures."""
