"""Approval Desk (审批工作台): the back office of an administrative approval service bureau."""

__version__ = "0.1.0"
