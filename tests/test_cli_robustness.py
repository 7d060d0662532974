"""Regression tests for issue 12's command-line problems: -o targets (6), temporary files (7), progress (12),
interruption, standard output and terminal escapes (13), usage errors, option values, links and help (14).

CliRunner where it suffices; a subprocess (``python -m policydiff``) where a real terminal, pipe or signal is
needed. Every -o target is made under the test's temporary folder: a FIFO and links, never a real device.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import policydiff
from policydiff import samples
from policydiff.cli import main
from policydiff.errors import NotAFileError, OutputError
from policydiff.report.files import write_atomic

A = str(samples.path("jingzhengfa-2016-4-a"))
B = str(samples.path("jingzhengfa-2016-4-b"))
NATIONAL = str(samples.path("guofa-2015-40"))

RUNS = {  # each command that writes one file, with its inputs
    "outline": ["outline", B, "--format", "html"],
    "collate": ["collate", A, B, "--format", "html"],
    "align": ["align", NATIONAL, B, "--format", "html"],
}
OK = {"outline": 0, "collate": 1, "align": 0}


def _one_error_line(output: str) -> str:
    assert output.startswith("policydiff: error: ") and output.count("\n") == 1, output
    assert "Traceback" not in output
    return output


# 6. -o writes only regular files


@pytest.mark.parametrize("command", sorted(RUNS))
def test_output_to_a_fifo_or_a_folder_is_refused(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = CliRunner().invoke(main, [*RUNS[command], "-o", str(fifo)])
    assert result.exit_code == 2
    assert "FIFO" in _one_error_line(result.output)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    folder = CliRunner().invoke(main, [*RUNS[command], "-o", str(tmp_path)])
    assert folder.exit_code == 2 and "folder" in _one_error_line(folder.output)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


@pytest.mark.parametrize("command", sorted(RUNS))
def test_output_through_a_link_to_a_regular_file(tmp_path: Path, command: str) -> None:
    real = tmp_path / "real.html"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real.name)
    result = CliRunner().invoke(main, [*RUNS[command], "-o", str(link)])
    assert result.exit_code == OK[command], result.output
    assert link.is_symlink() and os.readlink(link) == real.name
    assert real.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.html", "real.html"]


@pytest.mark.parametrize("command", sorted(RUNS))
def test_output_to_a_dangling_link_or_a_link_to_a_fifo_is_refused(tmp_path: Path, command: str) -> None:
    dangling = tmp_path / "dangling.html"
    dangling.symlink_to("missing.html")
    result = CliRunner().invoke(main, [*RUNS[command], "-o", str(dangling)])
    assert result.exit_code == 2 and "missing.html" in _one_error_line(result.output)
    assert dangling.is_symlink() and not (tmp_path / "missing.html").exists()
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "to-pipe").symlink_to("pipe")
    piped = CliRunner().invoke(main, [*RUNS[command], "-o", str(tmp_path / "to-pipe")])
    assert piped.exit_code == 2 and "FIFO" in _one_error_line(piped.output)
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe").st_mode)


@pytest.mark.parametrize("command", sorted(RUNS))
def test_output_into_a_missing_folder_is_an_error(tmp_path: Path, command: str) -> None:
    result = CliRunner().invoke(main, [*RUNS[command], "-o", str(tmp_path / "new" / "report.html")])
    assert result.exit_code == 2 and "does not exist" in _one_error_line(result.output)
    assert not (tmp_path / "new").exists()


def test_bad_output_fails_before_the_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("collated although -o was bad")

    monkeypatch.setattr("policydiff.collation.collate", never)  # the command imports it when run
    result = CliRunner().invoke(main, ["collate", A, B, "-o", str(tmp_path / "new" / "c.md")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_demo_folder_rules(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    for name in ("file", "pipe", "missing/reports"):
        result = CliRunner().invoke(main, ["demo", "-q", "-o", str(tmp_path / name)])
        assert result.exit_code == 2, (name, result.output)
        _one_error_line(result.output)
    assert not (tmp_path / "missing").exists() and (tmp_path / "file").read_text(encoding="utf-8") == "x"
    made = CliRunner().invoke(main, ["demo", "-q", "-o", str(tmp_path / "reports")])
    assert made.exit_code == 0, made.output
    assert (tmp_path / "reports" / "index.html").is_file()


# 7. Temporary files are removed on every failure


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(OutputError, match="surrogate U\\+D800 at 8"):
        write_atomic(tmp_path / "x.html", "<p>北京市关于\ud800</p>")
    assert list(tmp_path.iterdir()) == []

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputError, match="No space left"):
        policydiff.load(B).write_html(tmp_path / "b.html")
    assert list(tmp_path.iterdir()) == []


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.md").write_text("old", encoding="utf-8")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "x.md", "new")
    assert [p.name for p in tmp_path.iterdir()] == ["x.md"]
    assert (tmp_path / "x.md").read_text(encoding="utf-8") == "old"


# 12. Progress on every long run, loading included; 13. Ctrl-C


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two copies of a bundle of about 0.9 MB that differ in a few words."""
    folder = tmp_path_factory.mktemp("large")
    text = "\n".join([samples.text("jingfa-2017-27")] * 7)
    a, b = folder / "large-a.txt", folder / "large-b.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text.replace("推进", "推动", 5), encoding="utf-8")
    assert a.stat().st_size < 2**20
    return a, b


class _OnTerminal:
    """``python -m policydiff …`` with its stderr on a pseudo-terminal (so it draws its progress bar)."""

    def __init__(self, *args: str, cwd: Path) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen([sys.executable, "-m", "policydiff", *args], cwd=cwd, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=slave)
        os.close(slave)
        self.seen = b""

    def read_until(self, words: bytes, timeout: float = 60) -> bool:
        """Read the terminal until ``words`` shows (True) or the program ends (False)."""
        deadline = time.monotonic() + timeout
        while words not in self.seen and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the program ended and closed the terminal
                    return words in self.seen
                if not chunk:
                    return words in self.seen
                self.seen += chunk
        return words in self.seen

    def finish(self) -> tuple[int, str]:
        self.read_until(b"\0", timeout=60)
        code = self.process.wait(timeout=60)
        os.close(self.master)
        return code, self.seen.decode("utf-8", "replace")


def test_outline_of_a_large_file_shows_progress(large: tuple[Path, Path], tmp_path: Path) -> None:
    run = _OnTerminal("outline", str(large[0]), "-o", "out.txt", cwd=tmp_path)
    code, screen = run.finish()
    assert code == 0, screen
    assert "reading" in screen and "large-a.txt" in screen and "3/3" in screen


def test_collate_progress_moves_while_loading(large: tuple[Path, Path], tmp_path: Path) -> None:
    run = _OnTerminal("collate", *map(str, large), "-o", "c.md", cwd=tmp_path)
    assert run.read_until(b"0/4")
    assert run.read_until(b"1/4")
    code, screen = run.finish()
    assert code == 1, screen
    assert "large-a.txt" in screen and "4/4" in screen


def test_ctrl_c_exits_130_without_a_traceback(large: tuple[Path, Path], tmp_path: Path) -> None:
    run = _OnTerminal("collate", *map(str, large), "-o", "c.md", cwd=tmp_path)
    assert run.read_until(b"collating")
    run.process.send_signal(signal.SIGINT)
    code, screen = run.finish()
    assert code == 130, screen
    assert "Traceback" not in screen and "policydiff: interrupted" in screen
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_under_clirunner(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("policydiff.alignment.align", interrupted)  # the command imports it when run
    result = CliRunner().invoke(main, ["align", NATIONAL, B])
    assert result.exit_code == 130 and "Traceback" not in result.output


# 13. A failed write to standard output; terminal escapes


def test_broken_pipe_is_one_line_and_exit_2(large: tuple[Path, Path]) -> None:
    process = subprocess.Popen([sys.executable, "-m", "policydiff", "outline", str(large[0]), "--format", "json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10)
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 2
    assert "Broken pipe" in _one_error_line(error)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_full_disk_on_stdout_is_one_line_and_exit_2() -> None:
    with open("/dev/full", "w") as full:  # as stdout only: never a target to replace
        process = subprocess.run([sys.executable, "-m", "policydiff", "outline", B], stdout=full,
                                 stderr=subprocess.PIPE, timeout=60, check=False)
    assert process.returncode == 2
    assert "No space left" in _one_error_line(process.stderr.decode())


HOSTILE = "\x1b[2J\x1b]0;owned\x07\r\x9b31m\u202e"
"""Clear the screen, set the window title, return the carriage, a C1 CSI, a right-to-left override."""


def _no_controls(text: str) -> None:
    assert not any(c in text for c in "\x1b\x07\r\x9b\u202e"), repr(text)
    assert "␛" in text and "2J" in text


def test_escapes_are_made_visible_in_outline_text() -> None:
    text = f"北京市关于推进{HOSTILE}某事的实施意见\n一、总则{HOSTILE}\n内容。"
    result = CliRunner().invoke(main, ["outline", "-"], input=text.encode())
    assert result.exit_code == 0, result.output
    _no_controls(result.output)


def test_escapes_are_made_visible_in_collation_markdown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("北京市关于推进某事的实施意见\n一、总则\n推进工作。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"北京市关于推进某事的实施意见\n一、总则\n推进{HOSTILE}工作。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["collate", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 1, result.output
    _no_controls(result.output)


def test_escapes_are_made_visible_in_alignment_markdown() -> None:
    local = f"北京市关于积极推进“互联网+”行动的实施意见\n一、总体要求{HOSTILE}\n内容。\n"
    result = CliRunner().invoke(main, ["align", NATIONAL, "-"], input=local.encode())
    assert result.exit_code == 0, result.output
    _no_controls(result.output)


# 14. Usage errors, option values, symbolic link loops, help


@pytest.mark.parametrize("args", [
    ["outline", B, "--format", "nope"], ["outline"], ["outline", B, "--bogus"], ["collate"], ["align", B],
    ["nope"], ["demo", "extra"],
])
def test_usage_errors_are_one_line(args: list[str]) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "--help" in _one_error_line(result.output)


@pytest.mark.parametrize(("args", "words"), [
    (["align", NATIONAL, B, "--set", "inherited=5"], "between 0 and 1"),
    (["align", NATIONAL, B, "--set", "w_body=1.5"], "between 0 and 1"),
    (["collate", A, B, "--name", "", "--name", "B"], "not empty"),
    (["collate", A, B, "--name", " ", "--name", "B"], "not empty"),
    (["collate", A, B, "--name", "a\x1b[2Jb", "--name", "B"], "printable"),
    (["collate", A, B, "--name", "甲", "--name", "甲"], "more than once"),
])
def test_option_values_are_validated(args: list[str], words: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert words in _one_error_line(result.output)
    assert "\x1b" not in result.output


def test_a_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "one.txt").symlink_to("two.txt")
    (tmp_path / "two.txt").symlink_to("one.txt")
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    result = CliRunner().invoke(main, ["outline", str(tmp_path / "one.txt")])
    assert result.exit_code == 2 and "symbolic link loop" in _one_error_line(result.output)
    assert "no such file" not in result.output
    with pytest.raises(NotAFileError, match="symbolic link loop"):
        policydiff.load(str(tmp_path / "one.txt"))
    with pytest.raises(NotAFileError, match=r"points to missing\.txt"):
        policydiff.load(tmp_path / "gone.txt")
    looped = CliRunner().invoke(main, ["outline", B, "-o", str(tmp_path / "one.txt")])
    assert looped.exit_code == 2 and "symbolic link loop" in _one_error_line(looped.output)


@pytest.mark.parametrize("command", [[], ["outline"], ["collate"], ["align"], ["demo"]])
def test_every_help_ends_with_examples(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    lines = result.output.rstrip("\n").splitlines()
    examples = max(i for i, line in enumerate(lines) if line.strip() == "Examples:")
    assert examples > max(i for i, line in enumerate(lines) if line.strip().endswith("Options:"))
    shown = lines[examples + 1 :]
    assert shown and all(line.lstrip().startswith(("policydiff", "cat ")) for line in shown)
