"""Content of the demo workspace "Schaffrath", one module per area (inventory, sessions, canvases, financing).

The demo must look like a real Quartier so that a facilitator can try every view before the first event, and it
must be reproducible (same seed, same ids), so tests, screenshots and benchmarks compare like with like.
"""
