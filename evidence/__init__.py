"""evidence: what a run leaves behind (see DESIGN.md).

    journal.py       journal.json, rewritten after every step; read_journal() gives the Journey
    files.py         screens/NNNN.png + .json
    video.py         video.mp4: H.264 at run time, with the steps, taps and findings drawn on it
    native_video.py  the device's own screen recording, where the backend has one
    overlay.py       the marks drawn on frames and crops
    privacy.py       what to blur: typed secrets always, personal data on request
    report.py        report.html (one self-contained page per audit), summary.html (many)
    compare.py       what got better or worse between two audits
    gallery.py       the demo's page of start screens
"""
