"""MineralsDesk: an offline workbench for critical-minerals negotiators."""

__app_name__ = "MineralsDesk"
__version__ = "0.1.0"
