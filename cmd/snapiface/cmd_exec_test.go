// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	seccompbackend "github.com/snapiface/snapiface/interfaces/seccomp/backend"
	"github.com/snapiface/snapiface/interfaces/seccomp/loader"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

// The exec tests run real programs under the filters the seccomp
// backend compiles, in this kernel: the CLI and a probe of system calls
// (testdata/probe) are built, and every filter is loaded in a process
// of its own, never in the test's.
type execSuite struct {
	cli, probe string
	// baseline is what each of the probe's calls returns without a
	// filter: what a filter that lets it through gives too.
	baseline map[string]int
}

var _ = check.Suite(&execSuite{})

func goCommand() string {
	if path, err := exec.LookPath("go"); err == nil {
		return path
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

func (s *execSuite) SetUpSuite(c *check.C) {
	dir := c.MkDir()
	s.cli, s.probe = filepath.Join(dir, "snapiface"), filepath.Join(dir, "probe")
	for _, build := range [][]string{{"-o", s.cli, "."}, {"-o", s.probe, "./testdata/probe"}} {
		out, err := exec.Command(goCommand(), append([]string{"build"}, build...)...).CombinedOutput()
		c.Assert(err, check.IsNil, check.Commentf("%s", out))
	}
	out, err := exec.Command(s.probe).CombinedOutput()
	c.Assert(err, check.IsNil, check.Commentf("%s", out))
	s.baseline = parseProbe(c, string(out))
	// A call that a filter denies must be told from one it lets
	// through: none of them fails with EPERM or EACCES unfiltered.
	for name, errno := range s.baseline {
		c.Assert(errno != eperm && errno != eacces, check.Equals, true, check.Commentf("%s fails with %d without a filter", name, errno))
	}
}

func (s *execSuite) SetUpTest(c *check.C) {
	testutil.RequireSeccompFilters(c)
}

const (
	eperm  = 1
	eacces = 13
)

// probeCall is a call of the probe, with the arguments it passes (nil
// for a pointer, which no rule can compare).
type probeCall struct {
	name    string
	syscall string
	args    []*uint64
}

func arg(v uint64) *uint64 { return &v }

// probeCalls are the calls of testdata/probe, in its order.
var probeCalls = []probeCall{
	{"ptrace", "ptrace", []*uint64{arg(7), arg(1 << 30), arg(0), arg(0)}}, // PTRACE_CONT
	{"mount", "mount", []*uint64{nil, nil, nil, arg(0), nil}},
	{"unshare-user", "unshare", []*uint64{arg(0x10000000)}}, // CLONE_NEWUSER
	{"kexec_load", "kexec_load", []*uint64{arg(0), arg(0), arg(0), arg(0xffff0000)}},
	{"init_module", "init_module", []*uint64{arg(0), arg(0), nil}},
	{"ioctl-tiocsti", "ioctl", []*uint64{nil, arg(0x5412), nil}}, // TIOCSTI
	{"unshare-net", "unshare", []*uint64{arg(0x40000000)}},       // CLONE_NEWNET
}

// parseProbe reads the probe's "NAME ERRNO" lines.
func parseProbe(c *check.C, out string) map[string]int {
	got := make(map[string]int)
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		name, errno, ok := strings.Cut(line, " ")
		n, err := strconv.Atoi(errno)
		c.Assert(ok && err == nil, check.Equals, true, check.Commentf("probe said %q", out))
		got[name] = n
	}
	c.Assert(got, check.HasLen, len(probeCalls), check.Commentf("probe said %q", out))
	return got
}

// verdict is what a policy says of a call: allowed, or the errno it
// fails with (EACCES for an explicit denial, EPERM for a call no rule
// allows); in complain mode a call no rule allows is logged and goes
// through, an explicit denial is still enforced. It reads the policy
// text, not the compiled filter, so that the filter is checked against
// what the policy says.
func verdict(c *check.C, rs *seccomp.RuleSet, call probeCall) (allowed bool, errno int) {
	if rs.Unrestricted {
		return true, 0
	}
	var allows, denies bool
	for _, r := range rs.Rules {
		if r.Syscall != call.syscall || !matches(c, r, call) {
			continue
		}
		if r.Deny {
			denies = true
		} else {
			allows = true
		}
	}
	switch {
	case denies:
		return false, eacces
	case allows || rs.Complain:
		return true, 0
	}
	return false, eperm
}

// matches says whether a rule's conditions hold for the call's
// arguments; a condition on an argument the test cannot know fails it.
func matches(c *check.C, r seccomp.Rule, call probeCall) bool {
	for i, a := range r.Args {
		if a.Op == seccomp.OpAny {
			continue
		}
		c.Assert(i < len(call.args) && call.args[i] != nil, check.Equals, true,
			check.Commentf("rule %q puts a condition on argument %d of %s, which the probe cannot tell", r, i+1, call.name))
		v := *call.args[i]
		var ok bool
		switch a.Op {
		case seccomp.OpEqual:
			ok = v == a.Value
		case seccomp.OpNotEqual:
			ok = v != a.Value
		case seccomp.OpLess:
			ok = v < a.Value
		case seccomp.OpLessEqual:
			ok = v <= a.Value
		case seccomp.OpGreater:
			ok = v > a.Value
		case seccomp.OpGreaterEqual:
			ok = v >= a.Value
		case seccomp.OpMaskedAll:
			ok = v&a.Value == a.Value
		case seccomp.OpMaskedEqual:
			ok = v&a.Mask == a.Value
		default:
			c.Fatalf("rule %q: the probe does not know comparison %v", r, a.Op)
		}
		if !ok {
			return false
		}
	}
	return true
}

// execSystem sets up, in a fresh root with the seccomp backend, snaps read
// from files with what policy auto-connects and the named plugs
// connected to the system's slots.
type execSystem struct {
	root    string
	repo    *interfaces.Repository
	backend *seccompbackend.Backend
	snaps   []string
}

func newExecSystem(c *check.C, files []string, plugs ...string) *execSystem {
	sys := &execSystem{root: c.MkDir(), repo: builtin.NewRepository()}
	sys.backend = seccompbackend.New(sys.root)
	_, err := sys.repo.AddSnap(builtin.SystemSnap(builtin.Classic))
	c.Assert(err, check.IsNil)
	base, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	for _, file := range files {
		info, err := snap.ReadInfo(file)
		c.Assert(err, check.IsNil)
		_, err = sys.repo.AddSnap(info)
		c.Assert(err, check.IsNil, check.Commentf(file))
		sys.snaps = append(sys.snaps, info.InstanceName())
	}
	for _, name := range sys.snaps {
		_, _, err := policy.AutoConnect(sys.repo, base, nil, policy.System{}, name)
		c.Assert(err, check.IsNil)
	}
	for _, plug := range plugs {
		snapName, plugName, _ := strings.Cut(plug, ":")
		_, err := sys.repo.Connect(interfaces.ConnRef{
			PlugRef: interfaces.PlugRef{Snap: snapName, Name: plugName},
			SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: sys.repo.Plug(snapName, plugName).Interface},
		}, nil, nil)
		c.Assert(err, check.IsNil)
	}
	_, err = interfaces.SetupSnaps(context.Background(), sys.repo, sys.snaps, interfaces.SetupOptions{}, sys.backend)
	c.Assert(err, check.IsNil)
	return sys
}

// tags returns the security tags of the system's snaps, sorted.
func (sys *execSystem) tags() []string {
	var tags []string
	for _, name := range sys.snaps {
		tags = append(tags, sys.repo.Snap(name).SecurityTags()...)
	}
	sort.Strings(tags)
	return tags
}

// ruleSet parses the policy the backend wrote for a tag.
func (sys *execSystem) ruleSet(c *check.C, tag string) *seccomp.RuleSet {
	src, err := os.ReadFile(filepath.Join(sys.root, seccompbackend.Dir, tag+".src"))
	c.Assert(err, check.IsNil)
	rs, err := seccomp.Parse(string(src))
	c.Assert(err, check.IsNil)
	return rs
}

// run runs a command under the tag's filter through `snapiface exec`.
func (s *execSuite) run(sys *execSystem, tag string, command ...string) (string, error) {
	args := append([]string{"exec", "--tag", tag, "--root", sys.root, "--"}, command...)
	out, err := exec.Command(s.cli, args...).CombinedOutput()
	return string(out), err
}

// probeTag runs the probe under the tag's filter.
func (s *execSuite) probeTag(c *check.C, sys *execSystem, tag string) map[string]int {
	out, err := s.run(sys, tag, s.probe)
	c.Assert(err, check.IsNil, check.Commentf("%s: %s", tag, out))
	return parseProbe(c, out)
}

// expected returns what the probe must see under the tag's policy.
func (s *execSuite) expected(c *check.C, rs *seccomp.RuleSet) map[string]int {
	want := make(map[string]int)
	for _, call := range probeCalls {
		if allowed, errno := verdict(c, rs, call); allowed {
			want[call.name] = s.baseline[call.name]
		} else {
			want[call.name] = errno
		}
	}
	return want
}

// programsScript runs real programs and says which did what they must:
// a shell, python with a child process and a socket pair, the go and
// git commands, and coreutils on a directory of their own.
const programsScript = `dir=$(mktemp -d)
echo hello > "$dir/file"
sh -c true && echo "sh ok"
python3 -c '
import socket, subprocess
a, b = socket.socketpair()
a.sendall(b"ping")
assert b.recv(4) == b"ping"
assert subprocess.run(["sh", "-c", "exit 3"]).returncode == 3
' && echo "python3 ok"
go version >/dev/null && echo "go ok"
git --version >/dev/null && echo "git ok"
ls "$dir" >/dev/null && [ "$(cat "$dir/file")" = hello ] && stat "$dir/file" >/dev/null && echo "coreutils ok"
rm -r "$dir"
`

const programsOK = "sh ok\npython3 ok\ngo ok\ngit ok\ncoreutils ok\n"

// checkSystem checks every tag of the system: its filter loads, the
// probe's calls get what the tag's policy says, and real programs run
// under every distinct filter. Tags run two at a time.
func (s *execSuite) checkSystem(c *check.C, sys *execSystem) {
	type outcome struct {
		tag, probe, programs  string
		probeErr, programsErr error
	}
	tags := sys.tags()
	outcomes := make([]outcome, len(tags))
	ranPrograms := make(map[string]bool)
	var mu sync.Mutex
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				o := &outcomes[i]
				o.tag = tags[i]
				o.probe, o.probeErr = s.run(sys, o.tag, s.probe)
				// Filters compiled from one source are the same
				// programs: the programs run under each once.
				f, err := loader.ReadFile(filepath.Join(sys.root, seccompbackend.Dir, o.tag+".bin"))
				if err != nil {
					o.programsErr = err
					continue
				}
				key := f.Source
				if len(f.Programs) == 0 {
					key = "unrestricted"
				}
				mu.Lock()
				first := !ranPrograms[key]
				ranPrograms[key] = true
				mu.Unlock()
				if first {
					o.programs, o.programsErr = s.run(sys, o.tag, "sh", "-c", programsScript)
				}
			}
		}()
	}
	for i := range tags {
		work <- i
	}
	close(work)
	wg.Wait()

	filters := 0
	for _, o := range outcomes {
		c.Assert(o.probeErr, check.IsNil, check.Commentf("%s: %s", o.tag, o.probe))
		c.Check(parseProbe(c, o.probe), check.DeepEquals, s.expected(c, sys.ruleSet(c, o.tag)), check.Commentf(o.tag))
		if o.programs != "" || o.programsErr != nil {
			filters++
			c.Check(o.programsErr, check.IsNil, check.Commentf(o.tag))
			c.Check(o.programs, check.Equals, programsOK, check.Commentf(o.tag))
		}
	}
	c.Logf("%d tags, %d distinct filters", len(tags), filters)
}

func examplePath() string { return filepath.Join(testutil.RepoRoot(), "examples", "vm-manager.yaml") }

func (s *execSuite) TestExampleSnap(c *check.C) {
	sys := newExecSystem(c, []string{examplePath()}, "vm-manager:multipass-support", "vm-manager:kvm")
	c.Assert(sys.tags(), check.DeepEquals, []string{"snap.vm-manager.cli", "snap.vm-manager.daemon", "snap.vm-manager.hook.configure"})
	s.checkSystem(c, sys)

	// The denials are not vacuous: the cli, which plugs only network,
	// is denied every call but unsharing a network namespace; the
	// terminal injection is an explicit denial, the others are not
	// allowed.
	want := map[string]int{"ptrace": eperm, "mount": eperm, "unshare-user": eperm, "kexec_load": eperm, "init_module": eperm, "ioctl-tiocsti": eacces, "unshare-net": eperm}
	c.Check(s.probeTag(c, sys, "snap.vm-manager.cli"), check.DeepEquals, want)
	for _, tag := range sys.tags() {
		got := s.probeTag(c, sys, tag)
		for _, call := range []string{"kexec_load", "init_module", "ioctl-tiocsti"} {
			c.Check(got[call], check.Equals, want[call], check.Commentf("%s: %s", tag, call))
		}
	}
}

func (s *execSuite) TestCorpusSnaps(c *check.C) {
	files := testutil.CorpusFiles()
	if len(files) == 0 {
		c.Skip("no ../shared/corpus beside the checkout")
	}
	s.checkSystem(c, newExecSystem(c, files))
}

const netctlYaml = `name: netctl
version: "1"
apps:
  app:
    command: bin/app
    plugs: [network-control]
`

// TestConnectionAddsItsRules checks that connecting network-control
// adds to the app's policy the rules of the interface's snippet and
// nothing else, and to its filter what those rules allow: unsharing a
// network namespace, as root.
func (s *execSuite) TestConnectionAddsItsRules(c *check.C) {
	file := filepath.Join(c.MkDir(), "snap.yaml")
	c.Assert(os.WriteFile(file, []byte(netctlYaml), 0644), check.IsNil)
	sys := newExecSystem(c, []string{file})
	const tag = "snap.netctl.app"
	ref := interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: "netctl", Name: "network-control"},
		SlotRef: interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: "network-control"},
	}
	c.Assert(sys.repo.SnapConnections("netctl"), check.HasLen, 0)
	before := sys.ruleSet(c, tag)
	unconnected := s.probeTag(c, sys, tag)
	c.Check(unconnected["unshare-net"], check.Equals, eperm)
	c.Check(unconnected, check.DeepEquals, s.expected(c, before))

	_, results, err := interfaces.ConnectAndSetup(context.Background(), sys.repo, ref, nil, nil, sys.backend)
	c.Assert(err, check.IsNil)
	c.Assert(results, check.HasLen, 1)
	c.Check(results[0].Written, check.DeepEquals, []string{
		filepath.Join(sys.root, seccompbackend.Dir, tag+".bin"),
		filepath.Join(sys.root, seccompbackend.Dir, tag+".src"),
	})
	c.Check(results[0].Compiled, check.Equals, 1)

	// The policy gained exactly the interface's rules.
	spec := &seccomp.Specification{}
	c.Assert(sys.repo.SnapSpecification(spec, "netctl"), check.IsNil)
	var snippet string
	for _, sn := range spec.Snippets(tag) {
		if sn.Interface == "network-control" {
			snippet = sn.Text
		}
	}
	c.Assert(snippet, check.Not(check.Equals), "")
	ifaceRules, err := seccomp.Parse(snippet)
	c.Assert(err, check.IsNil)
	after := sys.ruleSet(c, tag)
	c.Check(ruleDiff(after, before), check.DeepEquals, ruleTexts(ifaceRules))
	c.Check(ruleDiff(before, after), check.HasLen, 0)

	// The filter lets through what those rules allow, and only that:
	// a call's result changed exactly when a rule of the interface
	// allows it.
	connected := s.probeTag(c, sys, tag)
	c.Check(connected["unshare-net"], check.Equals, 0)
	c.Check(connected, check.DeepEquals, s.expected(c, after))
	for _, call := range probeCalls {
		named, _ := verdict(c, ifaceRules, call)
		c.Check(connected[call.name] != unconnected[call.name], check.Equals, named, check.Commentf(call.name))
	}

	// Disconnected, it is denied again.
	_, err = interfaces.DisconnectAndSetup(context.Background(), sys.repo, ref, sys.backend)
	c.Assert(err, check.IsNil)
	c.Check(s.probeTag(c, sys, tag), check.DeepEquals, unconnected)
}

// ruleTexts returns the rules of a set as text, sorted.
func ruleTexts(rs *seccomp.RuleSet) []string {
	var out []string
	for _, r := range rs.Rules {
		out = append(out, r.String())
	}
	sort.Strings(out)
	return out
}

// ruleDiff returns the rules of a that b lacks, as text, sorted.
func ruleDiff(a, b *seccomp.RuleSet) []string {
	have := make(map[string]int)
	for _, r := range ruleTexts(b) {
		have[r]++
	}
	var out []string
	for _, r := range ruleTexts(a) {
		if have[r] > 0 {
			have[r]--
			continue
		}
		out = append(out, r)
	}
	return out
}

func (s *execSuite) TestExecErrors(c *check.C) {
	sys := newExecSystem(c, []string{examplePath()})
	c.Assert(os.WriteFile(filepath.Join(sys.root, seccompbackend.Dir, "snap.vm-manager.broken.bin"), []byte("junk"), 0644), check.IsNil)
	root := "--root=" + sys.root
	// Every row fails before a filter is loaded: they run in the test
	// process.
	for _, t := range []struct {
		args        []string
		errorRegexp string
	}{
		{[]string{"--tag", "snap.vm-manager.cli", root}, `no command to run: want exec --tag TAG -- COMMAND \[ARG\]...`},
		{[]string{root, "--", "true"}, `no --tag given: want snap.NAME.APP or snap.NAME.hook.HOOK`},
		{[]string{"--tag", "vm-manager.cli", root, "true"}, `invalid --tag "vm-manager.cli": want snap.NAME.APP or snap.NAME.hook.HOOK`},
		{[]string{"--tag", "snap.vm-manager", root, "true"}, `invalid --tag "snap.vm-manager": want snap.NAME.APP or snap.NAME.hook.HOOK`},
		{[]string{"--tag", "snap.../../etc.passwd", root, "true"}, `invalid --tag "snap.../../etc.passwd": .*`},
		{[]string{"--tag", "snap.vm-manager.cli/../../x", root, "true"}, `invalid --tag "snap.vm-manager.cli/../../x": .*`},
		{[]string{"--tag", "snap.vm-manager.hook.-x", root, "true"}, `invalid --tag "snap.vm-manager.hook.-x": .*`},
		{[]string{"--tag", "snap.vm-manager.nope", root, "true"}, `cannot run snap.vm-manager.nope: cannot read seccomp filter: open .*/snap.vm-manager.nope.bin: no such file or directory`},
		{[]string{"--tag", "snap.vm-manager.broken", root, "true"}, `cannot run snap.vm-manager.broken: cannot read seccomp filter .*/snap.vm-manager.broken.bin: not a seccomp filter of this format: .*`},
		{[]string{"--tag", "snap.vm-manager.cli", root, "--", "/nonexistent/command"}, `cannot run snap.vm-manager.cli: exec: "/nonexistent/command": stat /nonexistent/command: no such file or directory`},
	} {
		_, stderr, code := runCLI(append([]string{"exec"}, t.args...)...)
		c.Check(code, check.Equals, 1, check.Commentf("%q", t.args))
		c.Check(strings.TrimSpace(stderr), check.Matches, "snapiface exec: "+t.errorRegexp, check.Commentf("%q", t.args))
	}
	_, stderr, code := runCLI("exec", "--frob")
	c.Check(code, check.Equals, 2)
	c.Check(stderr, check.Matches, `(?s)flag provided but not defined: -frob.*`)
}

// TestExecRunsUnderFilter checks that the command runs with the
// arguments and environment given, under no_new_privs and a filter.
func (s *execSuite) TestExecRunsUnderFilter(c *check.C) {
	sys := newExecSystem(c, []string{examplePath()})
	cmd := exec.Command(s.cli, "exec", "--tag", "snap.vm-manager.cli", "--root", sys.root, "--", "sh", "-c", `echo "$1 $SNAPIFACE_TEST"; grep -E "^(NoNewPrivs|Seccomp):" /proc/self/status`, "sh", "-x")
	cmd.Env = append(os.Environ(), "SNAPIFACE_TEST=kept")
	out, err := cmd.CombinedOutput()
	c.Assert(err, check.IsNil, check.Commentf("%s", out))
	c.Check(string(out), check.Matches, "-x kept\nNoNewPrivs:\\s+1\nSeccomp:\\s+2\n")
}
