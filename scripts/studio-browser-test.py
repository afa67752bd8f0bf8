#!/usr/bin/env python3
"""The studio in a real browser: headless Chromium driven by Selenium over `socioeco serve`.

Run by scripts/studio-browser-test.sh, which builds socioeco and passes its path:
    studio-browser-test.py --bin PATH --model Models/earthquake-response.xml --artifacts DIR

On a copy of the model it adds an intervention at the society level through the form, sees
the uncovered-level finding go and the society ring fill, undoes and redoes, saves, and checks
the file with `socioeco validate`; then a refused edit shown at its field, a stale edit (412),
a save refused because the file changed on disk, the journal offered after the server was
killed, an Arabic title shown right to left, the page at 360 px, and axe-core on the studio
and on an HTML report. Screenshots go to the artifacts folder; every check that fails is
named, and the exit status is 1.
"""
import argparse
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait
from axe_selenium_python import Axe

SOCIETY_ID = "society-child-law"
SOCIETY_TITLE = "Child protection law reform: care homes moratorium and child labour"
ARABIC_TITLE = "حماية الأطفال في المجتمع"


class Failure(Exception):
    pass


class Server:
    """One `socioeco serve` process started here, stopped here by its own pid."""

    def __init__(self, binary, path, log_dir, name):
        self.out = open(os.path.join(log_dir, name + ".stderr.txt"), "w")
        self.process = subprocess.Popen(
            [binary, "serve", path, "--no-open", "--port", "0"],
            stdout=subprocess.PIPE, stderr=self.out, text=True)
        # The address must come at once, even into a pipe: wait for it a bounded time.
        ready, _, _ = select.select([self.process.stdout], [], [], 60)
        line = self.process.stdout.readline().strip() if ready else ""
        if not line and self.process.poll() is not None:
            raise Failure("socioeco serve exited with status %s before printing its address" % self.process.returncode)
        if not line.startswith("http://"):
            raise Failure("socioeco serve's first line is not an address: %r" % line)
        self.url = line
        # Whatever else the server prints is kept, and the pipe never fills and stalls it.
        self.rest = open(os.path.join(log_dir, name + ".stdout.txt"), "w")
        threading.Thread(target=self.drain, daemon=True).start()
        parsed = urllib.parse.urlparse(line)
        self.origin = "%s://%s" % (parsed.scheme, parsed.netloc)
        self.token = urllib.parse.parse_qs(parsed.query)["token"][0]

    def drain(self):
        for rest in self.process.stdout:
            self.rest.write(rest)
            self.rest.flush()

    def request(self, method, path, body=None, etag=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.origin + path, data=data, method=method)
        req.add_header("Authorization", "Bearer " + self.token)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if etag:
            req.add_header("If-Match", '"%s"' % etag)
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            raw = e.read()
            try:
                return e.code, json.loads(raw)
            except ValueError:
                return e.code, raw.decode(errors="replace")

    def stop(self, kill=False):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.out.close()


class Run:
    def __init__(self, args):
        self.args = args
        self.artifacts = os.path.abspath(args.artifacts)
        os.makedirs(self.artifacts, exist_ok=True)
        self.work = tempfile.mkdtemp(prefix="studio-browser-")
        self.file = os.path.join(self.work, os.path.basename(args.model))
        shutil.copyfile(args.model, self.file)
        self.failures = []
        self.notes = []
        self.server = None
        self.driver = None

    # ---- browser ----

    def open_browser(self):
        options = webdriver.ChromeOptions()
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                  "--window-size=1400,1800", "--hide-scrollbars", "--lang=en-GB"):
            options.add_argument(a)
        options.binary_location = self.args.chromium
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service(self.args.chromedriver), options=options)
        self.driver.set_page_load_timeout(60)

    def wait(self, what, condition, timeout=20):
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.1).until(lambda d: condition())
        except TimeoutException:
            self.shot("failed-" + what.replace(" ", "-")[:50])
            raise Failure("timed out waiting until " + what)

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def shot(self, name, at=None, width=1280, height=900, full=False):
        """A screenshot of the window scrolled to `at` (a CSS selector), or of the whole page."""
        path = os.path.join(self.artifacts, name + ".png")
        metrics = {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500}
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        if full:
            metrics["height"] = min(self.js("return Math.max(document.documentElement.scrollHeight, 600)"), 12000)
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        if at:
            self.js("const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'start'})", at)
        else:
            self.js("window.scrollTo(0, 0)")
        time.sleep(0.2)
        self.driver.save_screenshot(path)
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return path

    def check(self, name, ok, detail=""):
        if ok:
            print("ok   " + name)
        else:
            print("FAIL " + name + (": " + detail if detail else ""))
            self.failures.append(name)

    def load(self, server):
        self.driver.get(server.url)
        self.wait("the studio has loaded the programme", lambda: self.js("return document.body.dataset.ready === 'true'"), 40)

    def click(self, css):
        e = self.driver.find_element(By.CSS_SELECTOR, css)
        self.js("arguments[0].scrollIntoView({block: 'center'})", e)
        e.click()
        return e

    def finding_codes(self):
        return self.js("return Array.from(document.querySelectorAll('#findings li')).map(li => li.dataset.code)")

    def society_marks(self):
        return self.js("return Array.from(document.querySelectorAll('#rings g.ring[data-level=society] g.mark')).map(m => m.dataset.id)")

    def etag(self):
        status, body = self.server.request("GET", "/api/programme")
        return body["etag"]

    def intervention_ids(self):
        return self.js("return Array.from(document.querySelectorAll('#interventions li[data-id]')).map(li => li.dataset.id)")

    def set_checkbox(self, fieldset, value, on=True):
        box = self.driver.find_element(By.CSS_SELECTOR, "#%s input[value='%s']" % (fieldset, value))
        if box.is_selected() != on:
            self.js("arguments[0].scrollIntoView({block: 'center'})", box)
            box.click()

    def type_into(self, css, text):
        e = self.driver.find_element(By.CSS_SELECTOR, css)
        e.clear()
        e.send_keys(text)

    def axe(self, name):
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run()
        with open(os.path.join(self.artifacts, "axe-" + name.replace(" ", "-") + ".json"), "w") as f:
            json.dump({"url": results.get("url"), "violations": results["violations"],
                       "incomplete": [v["id"] for v in results.get("incomplete", [])],
                       "passes": [v["id"] for v in results.get("passes", [])]}, f, indent=1)
        bad = [v for v in results["violations"] if v.get("impact") in ("critical", "serious")]
        summary = ", ".join("%s (%s, %d)" % (v["id"], v["impact"], len(v["nodes"])) for v in results["violations"]) or "none"
        self.notes.append("axe on %s: violations %s" % (name, summary))
        self.check("axe-core finds no critical or serious violation on " + name, not bad,
                   "; ".join("%s: %s (%s)" % (v["id"], v["help"], v["nodes"][0]["target"]) for v in bad))

    def console_errors(self):
        logs = self.driver.get_log("browser")
        # A refused edit logs its 4xx status; anything else at SEVERE (a script error, a
        # Content-Security-Policy refusal) is a bug of the page.
        return [l["message"] for l in logs if l["level"] == "SEVERE"
                and "the server responded with a status of 4" not in l["message"]]

    # ---- the scenario ----

    def run(self):
        self.server = Server(self.args.bin, self.file, self.work, "serve-1")
        self.open_browser()
        self.load(self.server)
        self.check("the page shows the programme's title",
                   "Gorkha" in self.driver.find_element(By.ID, "programme-title").text)
        self.check("the uncovered-level finding is shown at the start", "uncovered-level" in self.finding_codes())
        self.check("the society ring starts empty", self.society_marks() == [], str(self.society_marks()))
        self.check("the ring diagram is inline SVG", self.js("return document.querySelector('#rings > svg') instanceof SVGSVGElement"))
        self.shot("studio-01-loaded")

        # A refused edit: no level chosen. The problem is shown at the levels, in words.
        self.click("#new-intervention")
        self.wait("the intervention form opens", lambda: self.driver.find_element(By.ID, "iform-card").is_displayed())
        self.type_into("#i-title", "An intervention with no level")
        self.click("#i-submit")
        self.wait("a problem is shown at the levels", lambda: self.js(
            "return document.querySelector('#i-levels .problem') !== null"))
        problem = self.js("return document.querySelector('#i-levels .problem').textContent")
        focused = self.js("return document.activeElement.closest('#i-levels') !== null")
        described = self.js("const c = document.querySelector('#i-levels input'); const id = c.getAttribute('aria-describedby') || '';"
                            "return id.split(' ').some(x => document.getElementById(x) && document.getElementById(x).closest('#i-levels'))")
        self.check("a 422 is shown next to its field in words", len(problem.strip()) > 3, problem)
        self.check("focus moves to the first problem", focused)
        self.check("the problem is tied to its field by aria-describedby", described)
        self.shot("studio-02-problem-at-field", at="#i-title")

        # The society level through the form.
        self.type_into("#i-id", SOCIETY_ID)
        self.type_into("#i-title", SOCIETY_TITLE)
        self.type_into("#i-description", "Advocacy with the Central Child Welfare Board for the moratorium on new child care homes to become law.")
        self.set_checkbox("i-levels", "society")
        self.set_checkbox("i-standards", "20")
        self.set_checkbox("i-standards", "12")
        Select(self.driver.find_element(By.ID, "i-lead")).select_by_value("ccwb")
        Select(self.driver.find_element(By.ID, "i-phase")).select_by_value("prevention")
        self.set_checkbox("i-partners", "unicef")
        self.set_checkbox("i-reaches", "girls")
        self.click("#i-add-indicator")
        self.type_into("#i-indicator-rows .indicator [data-part=id]", "law-adopted")
        self.type_into("#i-indicator-rows .indicator [data-part=text]", "Moratorium adopted in law")
        self.set_checkbox("i-dependsOn", "cp-assessment")
        self.click("#i-submit")
        self.wait("the uncovered-level finding disappears", lambda: "uncovered-level" not in self.finding_codes())
        self.check("the society ring holds the new intervention", SOCIETY_ID in self.society_marks(), str(self.society_marks()))
        self.check("the new intervention is listed", SOCIETY_ID in self.intervention_ids())
        self.check("the page says there are unsaved changes", "Unsaved" in self.driver.find_element(By.ID, "state").text)
        self.shot("studio", width=1280, height=800)
        self.shot("studio-03-society-added-matrix", at="#matrix-heading")

        # Selecting: a matrix cell and a ring mark show the interventions behind them.
        cell = self.driver.find_element(By.CSS_SELECTOR, "#matrix tbody tr:last-child td:last-child button")
        self.js("arguments[0].scrollIntoView({block: 'center'})", cell)
        cell.click()
        self.check("a matrix cell selects the interventions behind it", self.intervention_ids() == [SOCIETY_ID], str(self.intervention_ids()))
        self.click("#filter-clear")
        mark = self.driver.find_element(By.CSS_SELECTOR, "#rings g.mark[data-id='%s']" % SOCIETY_ID)
        self.js("arguments[0].scrollIntoView({block: 'center'})", mark)
        mark.send_keys(Keys.ENTER)
        self.check("a ring mark, with the keyboard, selects its intervention", self.intervention_ids() == [SOCIETY_ID], str(self.intervention_ids()))
        self.click("#filter-clear")

        # Undo and redo, by the buttons and by the keys.
        self.click("#undo")
        self.wait("undo brings the uncovered-level finding back", lambda: "uncovered-level" in self.finding_codes())
        self.check("after undo the society ring is empty", self.society_marks() == [])
        self.click("#redo")
        self.wait("redo removes the finding again", lambda: "uncovered-level" not in self.finding_codes())
        body = self.driver.find_element(By.TAG_NAME, "body")
        self.js("document.activeElement.blur()")
        body.send_keys(Keys.CONTROL, "z")
        self.wait("Ctrl+Z undoes", lambda: "uncovered-level" in self.finding_codes())
        body.send_keys(Keys.CONTROL, Keys.SHIFT, "z")
        self.wait("Ctrl+Shift+Z redoes", lambda: "uncovered-level" not in self.finding_codes())
        self.check("undo and redo leave the society intervention in place", SOCIETY_ID in self.society_marks())

        # A suggestion becomes a planned intervention in one click (and is undone).
        before = len(self.intervention_ids())
        self.click(".add-suggestion")
        self.wait("the suggestion is added", lambda: len(self.js("return Array.from(document.querySelectorAll('#interventions li[data-id]'))")) >= 1
                  and self.js("return !document.getElementById('filter').hidden"))
        self.click("#filter-clear")
        self.check("a suggestion adds one intervention", len(self.intervention_ids()) == before + 1)
        self.click("#undo")
        self.wait("the suggestion is undone", lambda: len(self.intervention_ids()) == before)

        # Right to left: an Arabic title is laid out right to left.
        self.click("#new-intervention")
        self.type_into("#i-title", ARABIC_TITLE)
        self.set_checkbox("i-levels", "community")
        self.set_checkbox("i-standards", "17")
        self.click("#i-submit")
        self.wait("the Arabic intervention is listed", lambda: self.js(
            "return Array.from(document.querySelectorAll('#interventions strong')).some(s => s.textContent === arguments[0])", ARABIC_TITLE))
        direction = self.js("const s = Array.from(document.querySelectorAll('#interventions strong')).find(s => s.textContent === arguments[0]);"
                            "s.scrollIntoView({block: 'center'}); return getComputedStyle(s).direction", ARABIC_TITLE)
        self.check("an Arabic title is shown right to left", direction == "rtl", direction)
        self.shot("studio-04-arabic-title", at="#interventions li:last-child")

        # A stale edit: another client changes the programme; the page's next edit gets 412,
        # says so, and shows the current state.
        status, _ = self.server.request("POST", "/api/agencies", {"id": "other-tab", "name": "Added in another tab", "type": "other"}, self.etag())
        self.check("another client's edit is accepted", status == 201, str(status))
        self.click("#new-intervention")
        self.type_into("#i-title", "Made in a stale tab")
        self.set_checkbox("i-levels", "child")
        self.click("#i-submit")
        self.wait("the page tells of the stale edit", lambda: self.driver.find_element(By.ID, "alert").is_displayed())
        self.check("after a 412 the page shows the other client's edit",
                   self.js("return Array.from(document.querySelectorAll('#agencies code')).some(c => c.textContent === 'other-tab')"))
        self.check("after a 412 the form keeps what was typed", self.driver.find_element(By.ID, "i-title").get_attribute("value") == "Made in a stale tab")
        self.shot("studio-05-stale-edit")
        self.click("#i-cancel")

        # Save, and the file on disk.
        self.click("#save")
        self.wait("the page says saved", lambda: self.driver.find_element(By.ID, "state").text == "Saved")
        self.check_file("after saving")
        self.check("the journal is gone after saving", not os.path.exists(self.file + ".studio-journal"))

        # The 360 px phone width, then the projector view.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 800, "deviceScaleFactor": 1, "mobile": True})
        overflow = self.js("return document.documentElement.scrollWidth")
        self.check("nothing sticks out at 360 px", overflow <= 360, "the page is %s px wide" % overflow)
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.shot("studio-06-360px", width=360, height=760)
        self.shot("studio-06-360px-interventions", at="#interventions-heading", width=360, height=760)
        self.shot("studio-06-360px-full", width=360, height=760, full=True)
        self.click("#projector")
        self.shot("studio-07-projector", width=1280, height=720)
        self.click("#projector")

        self.axe("the studio")
        self.check("no script error or CSP refusal in the console", not self.console_errors(), "; ".join(self.console_errors()))

        # A save refused: the file changed on disk. The diff is shown; reload takes the disk's.
        with open(self.file, encoding="utf-8") as f:
            text = f.read()
        with open(self.file, "w", encoding="utf-8") as f:
            f.write(text.replace("<title>Child protection response", "<title>Changed on disk: child protection response", 1))
        self.type_into("#a-name", "Kathmandu youth network")
        Select(self.driver.find_element(By.ID, "a-type")).select_by_value("community-based")
        self.click("#a-local")
        self.click("#a-submit")
        self.wait("the agency form adds the agency", lambda: self.js(
            "return Array.from(document.querySelectorAll('#agencies li span')).some(s => s.textContent === 'Kathmandu youth network')"))
        self.click("#save")
        self.wait("the conflict is shown", lambda: self.driver.find_element(By.ID, "conflict").is_displayed())
        diff = self.driver.find_element(By.ID, "conflict-diff").text
        self.check("the conflict shows the diff", "Changed on disk" in diff or "youth" in diff, diff[:200])
        self.shot("studio-08-conflict")
        # "Download under another name" keeps the edits the refused save would have lost.
        downloads = os.path.join(self.work, "downloads")
        os.makedirs(downloads)
        self.driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        self.type_into("#conflict-name", "my-copy.xml")
        self.click("#conflict-download")
        copy = os.path.join(downloads, "my-copy.xml")
        self.wait("the copy is downloaded under its new name", lambda: os.path.exists(copy) and os.path.getsize(copy) > 0)
        with open(copy, encoding="utf-8") as f:
            kept = f.read()
        self.check("the downloaded copy holds the unsaved agency", "Kathmandu youth network" in kept)
        v = subprocess.run([self.args.bin, "validate", copy], capture_output=True, text=True)
        self.check("socioeco validate accepts the downloaded copy", v.returncode == 0, v.stdout + v.stderr)
        self.click("#conflict-reload")
        self.wait("reload shows the file from disk", lambda: "Changed on disk" in self.driver.find_element(By.ID, "programme-title").text)
        self.check_file("after the refused save")

        # The journal: an edit, the server killed, a new server offers it back.
        self.type_into("#p-id", "gorkha")
        self.type_into("#p-name", "Gorkha district")
        self.type_into("#p-pcode", "NP-GOR")
        Select(self.driver.find_element(By.ID, "p-adminLevel")).select_by_value("3")
        self.click("#p-submit")
        self.wait("the place form adds the place", lambda: self.js(
            "return Array.from(document.querySelectorAll('#places code')).some(c => c.textContent === 'gorkha')"))
        self.server.stop(kill=True)
        self.check("the journal is kept when the server is killed", os.path.exists(self.file + ".studio-journal"))
        self.server = Server(self.args.bin, self.file, self.work, "serve-2")
        self.load(self.server)
        self.wait("the journal restore is offered", lambda: self.driver.find_element(By.ID, "journal").is_displayed())
        self.shot("studio-09-journal-offer")
        self.click("#journal-restore")
        self.wait("the restored place is shown", lambda: self.js(
            "return Array.from(document.querySelectorAll('#places code')).some(c => c.textContent === 'gorkha')"))
        self.click("#save")
        self.wait("the page says saved", lambda: self.driver.find_element(By.ID, "state").text == "Saved")
        self.check_file("after restoring the journal", place="gorkha")

        # The HTML report of the same file.
        report = os.path.join(self.work, "report.html")
        subprocess.run([self.args.bin, "export", "html", self.file, "-o", report], check=True)
        self.driver.get("file://" + report)
        self.axe("the HTML report")

    def check_file(self, when, place=None):
        v = subprocess.run([self.args.bin, "validate", self.file], capture_output=True, text=True)
        self.check("socioeco validate accepts the file " + when, v.returncode == 0, v.stdout + v.stderr)
        with open(self.file, encoding="utf-8") as f:
            text = f.read()
        self.check("the file holds the society intervention " + when, 'id="%s"' % SOCIETY_ID in text
                   and '<level ref="society"/>' in text and SOCIETY_TITLE in text)
        self.check("the file holds the Arabic title " + when, ARABIC_TITLE in text)
        if place:
            self.check("the file holds the restored place " + when, 'id="%s"' % place in text)

    def close(self):
        if self.driver:
            try:
                with open(os.path.join(self.artifacts, "browser-console.txt"), "w") as f:
                    for entry in self.driver.get_log("browser"):
                        f.write("%s %s\n" % (entry["level"], entry["message"]))
            except Exception:
                pass
            self.driver.quit()
        if self.server:
            self.server.stop()
        for name in os.listdir(self.work):
            if name.endswith((".stderr.txt", ".stdout.txt")):
                shutil.copyfile(os.path.join(self.work, name), os.path.join(self.artifacts, name))
        shutil.rmtree(self.work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    args = parser.parse_args()
    run = Run(args)
    started = time.monotonic()
    try:
        run.run()
    except Failure as e:
        print("FAIL " + str(e))
        run.failures.append(str(e))
    finally:
        run.close()
    for note in run.notes:
        print(note)
    print("studio browser test: %d failure(s) in %.0f s; screenshots in %s" % (len(run.failures), time.monotonic() - started, run.artifacts))
    sys.exit(1 if run.failures else 0)


if __name__ == "__main__":
    main()
