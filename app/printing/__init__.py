"""What a pilot group prints: the A3/A2 poster and A4 flyer, and the diagnosis report (PDF,
ReportLab). Everything printed is gathered through ``app.analysis``; personal fields never
reach a page."""
