"""Starting the dashboard: checks before binding, the access token off loopback, and uvicorn."""

from __future__ import annotations

import ipaddress
import secrets
import socket
from dataclasses import dataclass

from cryoscape.errors import InputError
from cryoscape.logs import get_logger


@dataclass(frozen=True)
class ServeOptions:
    """Where the dashboard listens; a browser is opened on it unless ``open_browser`` is False."""

    host: str = "127.0.0.1"
    port: int = 5050
    open_browser: bool = True


def is_loopback(host: str) -> bool:
    """Return True when ``host`` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_port(host: str, port: int) -> None:
    """Raise InputError now, with what to do, if ``host:port`` cannot be bound (in use, or no such address)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise InputError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port "
                             "or stop the program using it") from None


def access_token(host: str) -> str | None:
    """Return a fresh token when ``host`` is reachable from other machines (None on loopback)."""
    return None if is_loopback(host) else secrets.token_urlsafe(24)


def serve(app, options: ServeOptions, token: str | None) -> None:
    """Run ``app`` under uvicorn until interrupted, printing the URL to open."""
    import uvicorn

    shown = "localhost" if options.host in ("127.0.0.1", "::1") else options.host
    url = f"http://{shown}:{options.port}/" + (f"?token={token}" if token else "")
    get_logger().info(f"dashboard at {url}  (Ctrl-C stops it)")
    if token:
        get_logger().warning(f"listening on {options.host}, reachable from other machines: only with the token above")
    if options.open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=options.host, port=options.port, log_level="warning")
