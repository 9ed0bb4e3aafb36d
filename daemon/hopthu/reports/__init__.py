"""Reports: the monthly public result, the quarterly and review reports, exports and QR posters.

`periods` and `figures` are pure (dates and cases in, numbers out); `cases` reads the journal into
redacted report rows; `jobs` decides what to render and starts the worker; `render` is the worker
(a separate, short-lived process: matplotlib, python-docx, fpdf2 and segno are imported there only,
so the idling daemon never holds them). Nothing here writes the register or sees a contact.
"""
