#!/usr/bin/env python3
"""Load on the studio: concurrent clients editing one large programme.

Starts `socioeco serve` on a generated programme of 1,000 interventions
(scripts/generate-programme.py), then CLIENTS threads make EDITS additions in all, each
a new intervention with an id of its own (load-CLIENT-N), so every edit is a unique,
countable change. A client whose If-Match is stale (412) retries with the ETag the
refusal names. At the end the programme must hold each added id exactly once, and the
file saved by the studio must be valid.

Prints p50 and p99 of the time from an edit's request to its answer (which carries the
updated analysis), for the accepted request and for the edit with its retries.

Usage: scripts/studio-load.py [--clients 20] [--edits 2000] [--interventions 1000]
SOCIOECO names the binary (default .build/release/socioeco, else .build/debug/socioeco).
"""
import argparse
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary():
    if os.environ.get("SOCIOECO"):
        return os.environ["SOCIOECO"]
    for kind in ("release", "debug"):
        path = os.path.join(ROOT, ".build", kind, "socioeco")
        if os.path.exists(path):
            return path
    sys.exit("studio-load: build socioeco first (swift build -c release)")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--edits", type=int, default=2000)
    parser.add_argument("--interventions", type=int, default=1000)
    parser.add_argument("--timeout", type=float, default=300, help="give up after this many seconds")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="studio-load-")
    path = os.path.join(work, "programme.xml")
    with open(path, "wb") as out:
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate-programme.py"), str(args.interventions)],
                       stdout=out, check=True)
    server = subprocess.Popen([binary(), "serve", path, "--port", "0", "--no-open"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        address = server.stdout.readline().strip()
        if not address.startswith("http://"):
            sys.exit("studio-load: the server printed no address: " + server.stderr.read())
        hostport = address[len("http://"):].split("/")[0]
        host, port = hostport.rsplit(":", 1)
        token = address.split("token=")[1]
        headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}

        def connect():
            return http.client.HTTPConnection(host, int(port), timeout=30)

        first = connect()
        first.request("GET", "/api/programme", headers=headers)
        answer = first.getresponse()
        answer.read()
        etag = answer.getheader("ETag")
        first.close()

        lock = threading.Lock()
        shared = {"etag": etag, "next": 0}
        accepted_ms, edit_ms, retries, failures = [], [], [0], []
        deadline = time.monotonic() + args.timeout

        def client(number):
            conn = connect()
            n = 0
            while time.monotonic() < deadline:
                with lock:
                    if shared["next"] >= args.edits:
                        break
                    shared["next"] += 1
                    tag = shared["etag"]
                n += 1
                body = json.dumps({"id": "load-%d-%d" % (number, n), "title": "Load edit %d of client %d" % (n, number),
                                   "levels": ["society"], "standards": ["17"]})
                started = time.perf_counter()
                while time.monotonic() < deadline:
                    sent = time.perf_counter()
                    conn.request("POST", "/api/interventions", body=body, headers=dict(headers, **{"If-Match": tag}))
                    reply = conn.getresponse()
                    data = json.loads(reply.read() or b"{}")
                    done = time.perf_counter()
                    if reply.status == 201:
                        with lock:
                            accepted_ms.append((done - sent) * 1000)
                            edit_ms.append((done - started) * 1000)
                            shared["etag"] = reply.getheader("ETag")
                        break
                    if reply.status == 412:
                        tag = '"%s"' % data["etag"]
                        with lock:
                            retries[0] += 1
                        continue
                    with lock:
                        failures.append((reply.status, data))
                    break
            conn.close()

        threads = [threading.Thread(target=client, args=(i + 1,)) for i in range(args.clients)]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - began

        conn = connect()
        conn.request("GET", "/api/programme", headers=headers)
        reply = conn.getresponse()
        state = json.loads(reply.read())
        ids = [i["id"] for i in state["programme"]["interventions"] if i["id"].startswith("load-")]
        conn.request("POST", "/api/save", body=b"", headers=dict(headers, **{"If-Match": reply.getheader("ETag")}))
        saved = conn.getresponse()
        saved.read()
        conn.close()
        server.terminate()
        server.wait(timeout=30)
        valid = subprocess.run([binary(), "validate", path], capture_output=True, text=True)

        ok = True
        print("studio-load: %d clients, %d edits on %d interventions in %.1f s (%d retries after 412)"
              % (args.clients, len(accepted_ms), args.interventions, seconds, retries[0]))
        if failures:
            ok = False
            print("studio-load: FAIL: %d edits refused, first: %r" % (len(failures), failures[0]))
        if len(ids) != args.edits or len(set(ids)) != len(ids):
            ok = False
            print("studio-load: FAIL: %d edits made, %d ids in the programme, %d distinct" % (args.edits, len(ids), len(set(ids))))
        else:
            print("studio-load: every edit applied exactly once (%d distinct added interventions)" % len(ids))
        if saved.status != 200 or valid.returncode != 0:
            ok = False
            print("studio-load: FAIL: save %d, validate: %s" % (saved.status, valid.stderr.strip()[:500]))
        if accepted_ms:
            print("studio-load: accepted request to updated analysis: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                  % (percentile(accepted_ms, 50), percentile(accepted_ms, 99), max(accepted_ms)))
            print("studio-load: edit with its retries:                p50 %.1f ms, p99 %.1f ms"
                  % (percentile(edit_ms, 50), percentile(edit_ms, 99)))
        return 0 if ok else 1
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
