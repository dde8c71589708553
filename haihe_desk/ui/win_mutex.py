"""The named mutex the Windows installer looks for (Inno Setup ``AppMutex``) so it refuses to
install or uninstall while the program runs. A no-op on other systems."""

from __future__ import annotations

import sys

# Must match AppMutex in installer/haihe_desk.iss (tests/bundle/test_installer_files.py checks it).
# The Global\ twin makes the installer see the program running in another user's session too.
MUTEX_NAMES = ("HaiheDeskRunning", "Global\\HaiheDeskRunning")

_handles: list[int] = []


def hold_app_mutex() -> bool:
    """Create the mutexes and keep them for the life of the process; True when held."""
    if sys.platform != "win32" or _handles:
        return bool(_handles)
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateMutexW.argtypes = [ctypes.c_void_p, wintypes.BOOL, wintypes.LPCWSTR]
    kernel32.CreateMutexW.restype = wintypes.HANDLE
    for name in MUTEX_NAMES:
        handle = kernel32.CreateMutexW(None, False, name)
        if handle:  # Windows closes it when the process ends
            _handles.append(handle)
    return bool(_handles)
