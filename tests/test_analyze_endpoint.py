"""POST /api/analyze cannot pin the server (issue 17): allowed only when asked, bounded in size and time,
stopped when its client leaves or the server stops, and its errors never echo the body."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

from dateline.store import Store
from dateline.web import create_app

SENTENCE = 'Mayor Maria Gomez, 52, said on Friday that "the bridge will open next week," and John Carter agreed.\n\n'
ARTICLE = {"text": "Mayor Maria Gomez, 52, opened the new bridge on Friday.", "published": "2020-01-10"}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("db") / "empty.duckdb"
    Store.open(str(path), write=True).close()  # a dateline database with no articles
    return str(path)


def _client(db, **kw):
    return TestClient(create_app(db, **kw))


def test_a_default_server_does_not_analyse(db):
    client = _client(db)
    response = client.post("/api/analyze", json=ARTICLE)
    assert response.status_code == 403 and response.json()["code"] == "E032"
    client.app.state.db.close()


def test_a_writing_server_analyses_only_with_its_token(db, tmp_path):
    path = tmp_path / "w.duckdb"
    Store.open(str(path), write=True).close()
    client = _client(str(path), allow_write=True, token="s3cret")
    try:
        denied = client.post("/api/analyze", json=ARTICLE)
        assert denied.status_code == 401 and denied.json()["code"] == "E017"
        allowed = client.post("/api/analyze", json=ARTICLE, headers={"Authorization": "Bearer s3cret"})
        assert allowed.status_code == 200 and allowed.json()["people"]
    finally:
        client.app.state.analyzer.close()
        client.app.state.db.close()


def test_texts_over_the_analysis_limit_are_413_without_analysis(db):
    client = _client(db, allow_analyze=True, analyze_chars=1000)
    response = client.post("/api/analyze", json={"text": "word " * 300})
    assert response.status_code == 413 and response.json()["code"] == "E035"
    assert client.app.state.analyzer._process is None  # no worker was even started
    client.app.state.db.close()


@pytest.mark.parametrize("body", [
    {"text": "secret-text " * 2000, "colour": "red"},
    {"text": "secret-text " * 2000, "published": "tomorrow"},
    {"text": "secret-text " * 2000, "title": ["secret-text"]},
])
def test_error_answers_never_echo_the_body(db, body):
    client = _client(db, allow_analyze=True)
    response = client.post("/api/analyze", json=body)
    assert response.status_code == 422 and "secret-text" not in response.text
    assert response.json()["detail"][0]["loc"][0] == "body"
    client.app.state.db.close()


def test_an_analysis_past_the_time_limit_is_stopped_and_the_next_one_runs(db):
    client = _client(db, allow_analyze=True, analyze_seconds=1.0)
    analyzer = client.app.state.analyzer
    try:
        assert client.post("/api/analyze", json=ARTICLE).status_code == 200  # the model's load is not timed
        first = analyzer._process.pid
        slow = client.post("/api/analyze", json={"text": SENTENCE * 700})
        assert slow.status_code == 504 and slow.json()["code"] == "E031"
        assert analyzer._process is None and not _alive(first)
        assert client.post("/api/analyze", json=ARTICLE).status_code == 200
    finally:
        analyzer.close()
        client.app.state.db.close()


# -- a real server: clients that leave, SIGTERM ------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def _workers(server_pid: int) -> list[int]:
    """The server's analysis workers (spawned children running multiprocessing.spawn)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.split(") ")[1].split()[1]) == server_pid and b"spawn_main" in cmdline and _alive(int(entry.name)):
            found.append(int(entry.name))
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(port: int, body: bytes, *, wait: float | None) -> bytes | None:
    """POST /api/analyze; with `wait`, give up (and hang up) after that many seconds."""
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
        s.settimeout(wait or 120)
        chunks = []
        try:
            while chunk := s.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            return None
        return b"".join(chunks)


@pytest.mark.slow
def test_a_client_that_leaves_stops_its_analysis_and_sigterm_stops_the_server(db):
    import json

    port = _free_port()
    dateline = Path(sys.executable).with_name("dateline")
    server = subprocess.Popen([str(dateline), "serve", "--db", db, "--port", str(port), "--allow-analyze"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # The server imports spaCy before it listens: it can take over 10 s on a loaded 2-core runner.
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", port)).close()
                break
            except OSError:
                time.sleep(0.1)
        answer = _post(port, json.dumps(ARTICLE).encode(), wait=None)  # loads the worker's model
        assert answer is not None and b" 200 " in answer.split(b"\r\n")[0]
        (worker,) = _workers(server.pid)

        long_text = json.dumps({"text": SENTENCE * 900}).encode()  # about 100,000 characters
        assert _post(port, long_text, wait=1.0) is None  # the client leaves
        deadline = time.monotonic() + 5
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(worker), "the abandoned analysis kept running"

        import threading

        threading.Thread(target=_post, args=(port, long_text), kwargs={"wait": 60}, daemon=True).start()
        deadline = time.monotonic() + 60
        while not _workers(server.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # the analysis is under way (or the model loading)
        running = _workers(server.pid)
        assert running
        stopped = time.monotonic()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
        assert time.monotonic() - stopped < 5
        time.sleep(0.5)
        assert not [pid for pid in running if _alive(pid)], "the analysis outlived the server"
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
