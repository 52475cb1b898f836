"""Every change a person can make to a journey, one area per module, all through one writer."""
