// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/explain"
)

type explainDenialSuite struct{}

var _ = check.Suite(&explainDenialSuite{})

// deniedLog is the crafted log of package auditlog: 40 denials of
// every kind, in journalctl, dmesg, audit.log and dbus-daemon form.
var deniedLog = filepath.Join("..", "..", "interfaces", "auditlog", "testdata", "denials.log")

func (s *explainDenialSuite) TestGoldenText(c *check.C) {
	stdout, stderr, code := runCLI("explain-denial", deniedLog)
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	c.Check(stderr, check.Equals, "")
	checkGolden(c, "explain/denials.golden", stdout)
}

func (s *explainDenialSuite) TestJSON(c *check.C) {
	stdout, stderr, code := runCLI("explain-denial", "--json", deniedLog)
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	var out struct {
		Denials []explain.Explanation `json:"denials"`
		Skipped int                   `json:"skipped"`
	}
	c.Assert(json.Unmarshal([]byte(stdout), &out), check.IsNil)
	c.Assert(out.Denials, check.HasLen, 40)
	c.Check(out.Skipped, check.Equals, 0)
	// Line 1: /dev/video0, which camera grants by hand.
	first := out.Denials[0]
	c.Check(first.Line, check.Equals, 1)
	c.Check(first.Tag, check.Equals, "snap.camapp.camapp")
	c.Check(first.Accesses, check.DeepEquals, []string{"file rw /dev/video0 !owner"})
	c.Assert(first.Grants, check.Not(check.HasLen), 0)
	c.Check(first.Grants[0].Interface, check.Equals, "camera")
	c.Check(first.Grants[0].Decision, check.Equals, explain.DecisionManual)
	c.Check(first.Grants[0].Command, check.Equals, "snap connect camapp:camera")
	c.Check(first.Grants[0].Rules, check.DeepEquals, []string{"/dev/video[0-9]* rw,"})
	// Line 37: kexec_load, which nothing grants.
	c.Check(out.Denials[36].Syscall, check.DeepEquals, &explain.SyscallRef{Name: "kexec_load", Number: 246, Arch: "x86_64"})
	c.Check(out.Denials[36].Grants, check.HasLen, 0)
	c.Check(out.Denials[36].Verdict, check.Equals, "no interface of the catalogue grants it")
}

// TestStdinAndSkipped: a journal excerpt on stdin, with lines that
// are no denial, which are counted, and shown with --all.
func (s *explainDenialSuite) TestStdinAndSkipped(c *check.C) {
	log := "-- Logs begin at Mon 2026-03-02 10:00:00 UTC. --\n" +
		`Mar 02 10:15:00 host kernel: audit: type=1400 audit(1772446500.100:200): apparmor="STATUS" operation="profile_load" profile="unconfined" name="snap.camapp.camapp" pid=4000 comm="apparmor_parser"` + "\n" +
		`Mar 02 10:15:01 host kernel: audit: type=1400 audit(1772446501.101:201): apparmor="DENIED" operation="capable" class="cap" profile="snap.camapp.camapp" pid=4242 comm="camapp" capability=25  capname="sys_time"` + "\n"
	stdout, stderr, code := runWithStdin(c, log, "explain-denial", "-")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	c.Check(stdout, check.Matches, `(?s)line 3: snap.camapp.camapp denied capability sys_time
  2 interfaces grant it \(1 manual, 1 needs-declaration\)
  - time-control \(manual\): snap connect camapp:time-control
.*
2 lines of stdin hold no denial record \(--all shows them\)
`)
	stdout, _, code = runWithStdin(c, log, "explain-denial", "--all")
	c.Assert(code, check.Equals, 0)
	c.Check(stdout, check.Matches, `(?s)line 1: not understood: not an AppArmor or seccomp record: .*
line 2: not understood: not a denial: apparmor="STATUS" \(operation "profile_load"\)
.*line 3: .*`)
	stdout, _, code = runWithStdin(c, "nothing here\n", "explain-denial")
	c.Assert(code, check.Equals, 0)
	c.Check(stdout, check.Equals, "no denial records in stdin\n\n1 lines of stdin hold no denial record (--all shows them)\n")
}

// TestSnapAndConnected: with the snap's snap.yaml, the command names
// its own plug; a plug connected already is said to be.
func (s *explainDenialSuite) TestSnapAndConnected(c *check.C) {
	// Lines 1, 5 and 15 of the crafted log: camapp's /dev/video0 and
	// /media, netmon's sys_time.
	data, err := os.ReadFile(deniedLog)
	c.Assert(err, check.IsNil)
	lines := strings.Split(string(data), "\n")
	log := filepath.Join(c.MkDir(), "denials.log")
	c.Assert(os.WriteFile(log, []byte(lines[0]+"\n"+lines[4]+"\n"+lines[14]+"\n"), 0o644), check.IsNil)
	stdout, stderr, code := runCLI("explain-denial", log, "--snap", "testdata/explain/camapp.yaml", "--connected", "camapp:webcam")
	c.Assert(code, check.Equals, 0, check.Commentf("%s", stderr))
	c.Check(stdout, check.Matches, `(?s)line 1: snap.camapp.camapp denied file rw /dev/video0 !owner
  3 interfaces grant it \(1 manual, 2 needs-declaration\)
  - camera \(manual, connected already: reload the snap's profiles\): snap connect camapp:webcam
.*`)
	c.Check(stdout, check.Matches, `(?s).*
  - removable-media \(manual, declare plug "removable-media" in snap.yaml\): snap connect camapp:removable-media
.*`)
	// netmon's snap.yaml was not given: no advice to declare a plug.
	c.Check(stdout, check.Matches, `(?s).*
  - time-control \(manual\): snap connect netmon:time-control
.*`)
}

func (s *explainDenialSuite) TestErrors(c *check.C) {
	dir := c.MkDir()
	long := filepath.Join(dir, "long.log")
	c.Assert(os.WriteFile(long, []byte(strings.Repeat("x", 1<<20)), 0o644), check.IsNil)
	for _, t := range []struct {
		args []string
		err  string
	}{
		{[]string{"a.log", "b.log"}, `too many arguments: b.log`},
		{[]string{filepath.Join(dir, "missing.log")}, `cannot read log: open .*/missing.log: no such file or directory`},
		{[]string{long}, `cannot read log .*/long.log: cannot read line 1: longer than [0-9]+ bytes`},
		{[]string{"--connected", "camapp", deniedLog}, `cannot use --connected "camapp": want SNAP:PLUG`},
		{[]string{"--snap", "testdata/explain/camapp.yaml", "--connected", "camapp:camera", deniedLog}, `cannot use --connected "camapp:camera": snap "camapp" has no plug "camera"`},
		{[]string{"--snap", "testdata/explain/camapp.yaml", "--snap", "testdata/explain/camapp.yaml", deniedLog}, `cannot explain denials of snap "camapp": its snap.yaml is given twice`},
		{[]string{"--snap", filepath.Join(dir, "none.yaml"), deniedLog}, `.*none.yaml.*no such file or directory`},
		{[]string{"--declaration", filepath.Join(dir, "none.yaml"), deniedLog}, `.*none.yaml: cannot read declaration: no such file or directory`},
	} {
		stdout, stderr, code := runCLI(append([]string{"explain-denial"}, t.args...)...)
		comment := check.Commentf("%v", t.args)
		c.Check(code, check.Equals, 1, comment)
		c.Check(stdout, check.Equals, "", comment)
		c.Check(strings.TrimSuffix(stderr, "\n"), check.Matches, "snapiface explain-denial: "+t.err, comment)
	}
}

// runWithStdin runs the command with stdin reading text.
func runWithStdin(c *check.C, text string, args ...string) (stdout, stderr string, code int) {
	path := filepath.Join(c.MkDir(), "stdin")
	c.Assert(os.WriteFile(path, []byte(text), 0o644), check.IsNil)
	f, err := os.Open(path)
	c.Assert(err, check.IsNil)
	defer f.Close()
	saved := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = saved }()
	return runCLI(args...)
}

// TestREADME: the README shows the real output of explain-denial on
// the example log.
func (s *explainDenialSuite) TestREADME(c *check.C) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	c.Assert(err, check.IsNil)
	const cmd = "$ snapiface explain-denial examples/denials.log\n"
	_, block, ok := strings.Cut(string(data), cmd)
	c.Assert(ok, check.Equals, true)
	block, _, ok = strings.Cut(block, "```")
	c.Assert(ok, check.Equals, true)
	stdout, _, code := runCLI("explain-denial", filepath.Join("..", "..", "examples", "denials.log"))
	c.Assert(code, check.Equals, 0)
	c.Check(block, check.Equals, stdout, check.Commentf("README.md's explain-denial example is out of date"))
}
