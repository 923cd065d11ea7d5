// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/ifacetest"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type renderSuite struct{}

var _ = check.Suite(&renderSuite{})

const renderSnapYaml = `name: vm
version: "1"
apps:
  daemon:
    command: d
    plugs: [p, q]
  cli:
    command: c
hooks:
  configure:
plugs:
  p: test
  q: other
`

// renderSpec returns a snap whose daemon has the snippets of two
// interfaces, added in the given order, and its specification.
func renderSpec(c *check.C, confinement snap.ConfinementType, reversed bool) (*snap.Info, *seccomp.Specification) {
	info, err := snap.InfoFromSnapYaml([]byte(renderSnapYaml))
	c.Assert(err, check.IsNil)
	info.Confinement = confinement
	spec := &seccomp.Specification{}
	hooks := []struct{ iface, plug, text string }{
		{"test", "p", "# Description: a test.\nsetgroups 0 -\n~setgroups 1 -"},
		{"other", "q", "# Description: another.\nacct"},
	}
	if reversed {
		hooks[0], hooks[1] = hooks[1], hooks[0]
	}
	for _, h := range hooks {
		connectSnippet(c, spec, info.Plugs[h.plug], h.iface, h.text)
	}
	return info, spec
}

// connectSnippet adds text to spec as the connected-plug rules of an
// interface, for the tags of plug.
func connectSnippet(c *check.C, spec *seccomp.Specification, plug *snap.PlugInfo, iface, text string) {
	fake := &ifacetest.TestInterface{
		InterfaceName: iface,
		SecCompConnectedPlugCallback: func(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
			spec.AddSnippet(text)
			return nil
		},
	}
	c.Assert(spec.AddConnectedPlug(fake, interfaces.NewConnectedPlug(plug, nil), nil), check.IsNil)
}

func checkGolden(c *check.C, name, got string) {
	path := filepath.Join("testdata", name)
	if *update {
		c.Assert(os.MkdirAll("testdata", 0o755), check.IsNil)
		c.Assert(os.WriteFile(path, []byte(got), 0o644), check.IsNil)
	}
	want, err := os.ReadFile(path)
	c.Assert(err, check.IsNil, check.Commentf("regenerate with: go test ./interfaces/seccomp -check.f Golden -update"))
	c.Check(got, check.Equals, string(want), check.Commentf("%s is out of date: if the change is intended, regenerate it with: go test ./interfaces/seccomp -check.f Golden -update", path))
}

func (s *renderSuite) TestGoldenStrict(c *check.C) {
	info, spec := renderSpec(c, snap.StrictConfinement, false)
	policy, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
	c.Assert(err, check.IsNil)
	c.Check(policy.Tag, check.Equals, "snap.vm.daemon")
	checkGolden(c, "snap.vm.daemon.strict.golden", policy.Text.String())
}

func (s *renderSuite) TestConfinementDirectiveComesFirst(c *check.C) {
	info, spec := renderSpec(c, snap.StrictConfinement, false)
	strict, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
	c.Assert(err, check.IsNil)
	c.Check(strings.HasPrefix(strict.Text.String(), "# seccomp policy of snap.vm.daemon.\n"), check.Equals, true)
	for confinement, directive := range map[snap.ConfinementType]string{
		"":                      "",
		snap.DevModeConfinement: "@complain\n",
		snap.ClassicConfinement: "@unrestricted\n",
	} {
		info.Confinement = confinement
		policy, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
		c.Assert(err, check.IsNil)
		c.Check(policy.Text.String(), check.Equals, directive+strict.Text.String(), check.Commentf("confinement %q", confinement))
		rs, err := seccomp.Parse(policy.Text.String())
		c.Assert(err, check.IsNil)
		c.Check(rs.Complain, check.Equals, confinement == snap.DevModeConfinement)
		c.Check(rs.Unrestricted, check.Equals, confinement == snap.ClassicConfinement)
	}
}

func (s *renderSuite) TestDeterministic(c *check.C) {
	info, spec := renderSpec(c, snap.StrictConfinement, false)
	first, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
	c.Assert(err, check.IsNil)
	again, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
	c.Assert(err, check.IsNil)
	c.Check(again.Text.String(), check.Equals, first.Text.String())
	info, spec = renderSpec(c, snap.StrictConfinement, true)
	reversed, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
	c.Assert(err, check.IsNil)
	c.Check(reversed.Text.String(), check.Equals, first.Text.String())
}

func (s *renderSuite) TestNoTemplateRemnants(c *check.C) {
	info, spec := renderSpec(c, snap.DevModeConfinement, false)
	policies, err := seccomp.RenderSnapPolicies(info, spec)
	c.Assert(err, check.IsNil)
	for _, policy := range policies {
		for _, bad := range []string{"{{", "}}", "###"} {
			c.Check(strings.Contains(policy.Text.String(), bad), check.Equals, false, check.Commentf("%s has %q", policy.Tag, bad))
		}
	}
}

func (s *renderSuite) TestInterfaceAt(c *check.C) {
	info, spec := renderSpec(c, snap.StrictConfinement, false)
	policy, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
	c.Assert(err, check.IsNil)
	lines := strings.Split(policy.Text.String(), "\n")
	want := map[string]string{
		"setgroups 0 -":      "test",
		"~setgroups 1 -":     "test",
		"acct":               "other",
		"brk":                "",
		"~ioctl - TIOCLINUX": "",
	}
	for i, line := range lines {
		if iface, ok := want[line]; ok {
			c.Check(policy.InterfaceAt(i+1), check.Equals, iface, check.Commentf("line %d %q", i+1, line))
			delete(want, line)
		}
		if strings.HasPrefix(line, "# Description: a test") {
			c.Check(policy.InterfaceAt(i+1), check.Equals, "test")
			// The comment that introduces a snippet is not the interface's.
			c.Check(lines[i-1], check.Equals, "# From interface test:")
			c.Check(policy.InterfaceAt(i), check.Equals, "")
		}
	}
	c.Check(want, check.HasLen, 0)
	c.Check(policy.InterfaceAt(0), check.Equals, "")
	c.Check(policy.InterfaceAt(len(lines)+1), check.Equals, "")
}

func (s *renderSuite) TestExplain(c *check.C) {
	info, spec := renderSpec(c, snap.StrictConfinement, false)
	policy, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
	c.Assert(err, check.IsNil)
	line := strings.Count(policy.Text.String()[:strings.Index(policy.Text.String(), "acct")], "\n") + 1
	perr := &seccomp.PolicyError{Line: line, Syscall: "acct", Err: errString("bad")}
	c.Check(policy.Explain(perr), check.ErrorMatches, `snap.vm.daemon: interface "other": line [0-9]+: syscall "acct": bad`)
	perr.Line = 3
	c.Check(policy.Explain(perr), check.ErrorMatches, `snap.vm.daemon: line 3: syscall "acct": bad`)
	c.Check(policy.Explain(errString("other")), check.ErrorMatches, `snap.vm.daemon: other`)
}

type errString string

func (e errString) Error() string { return string(e) }

func (s *renderSuite) TestRenderSnapPolicies(c *check.C) {
	info, spec := renderSpec(c, snap.StrictConfinement, false)
	policies, err := seccomp.RenderSnapPolicies(info, spec)
	c.Assert(err, check.IsNil)
	var tags []string
	for _, policy := range policies {
		tags = append(tags, policy.Tag)
		c.Check(policy.Text.String(), testutil.Contains, seccomp.BasePolicy)
		c.Check(strings.Contains(policy.Text.String(), "acct"), check.Equals, policy.Tag == "snap.vm.daemon", check.Commentf(policy.Tag))
	}
	c.Check(tags, check.DeepEquals, []string{"snap.vm.cli", "snap.vm.daemon", "snap.vm.hook.configure"})
}

func (s *renderSuite) TestErrors(c *check.C) {
	info, _ := renderSpec(c, snap.StrictConfinement, false)
	for _, t := range []struct {
		tag, confinement, snippet string
		errorRegexp               string
	}{
		{"snap.vm.nope", "strict", "", `cannot render seccomp policy: snap "vm" has no app or hook with security tag "snap.vm.nope"`},
		{"snap.other.daemon", "strict", "", `cannot render seccomp policy: snap "vm" has no app or hook with security tag "snap.other.daemon"`},
		{"snap.vm.daemon", "jailed", "", `cannot render seccomp policy of "snap.vm.daemon": unknown confinement "jailed"`},
		{"snap.vm.daemon", "strict", "read\nsocket AF_FOO", `cannot render seccomp policy: snap.vm.daemon: interface "broken": line [0-9]+: syscall "socket": argument 1: unknown constant "AF_FOO"`},
		{"snap.vm.daemon", "classic", "@enforce", `cannot render seccomp policy: snap.vm.daemon: interface "broken": line [0-9]+: unknown directive "@enforce"`},
	} {
		spec := &seccomp.Specification{}
		if t.snippet != "" {
			connectSnippet(c, spec, info.Plugs["p"], "broken", t.snippet)
		}
		info.Confinement = snap.ConfinementType(t.confinement)
		_, err := seccomp.RenderPolicy(info, t.tag, spec)
		c.Check(err, check.ErrorMatches, t.errorRegexp, check.Commentf("%+v", t))
	}
}

func (s *renderSuite) TestParallelInstanceTags(c *check.C) {
	info, spec := renderSpec(c, snap.StrictConfinement, false)
	c.Assert(info.SetInstanceKey("two"), check.IsNil)
	_, err := seccomp.RenderPolicy(info, "snap.vm.daemon", spec)
	c.Check(err, check.ErrorMatches, `cannot render seccomp policy: snap "vm_two" has no app or hook with security tag "snap.vm.daemon"`)
	policy, err := seccomp.RenderPolicy(info, "snap.vm_two.daemon", spec)
	c.Assert(err, check.IsNil)
	c.Check(policy.Text.String(), testutil.Contains, "# seccomp policy of snap.vm_two.daemon.\n")
}

// TestBasePolicy checks that the base policy parses, that every group of
// rules says why with a comment, that the syscalls the base leaves out
// on purpose are not in it, that those it filters have no rule without
// conditions, and that those it denies explicitly are denied.
func (s *renderSuite) TestBasePolicy(c *check.C) {
	rs, err := seccomp.Parse(seccomp.BasePolicy)
	c.Assert(err, check.IsNil)
	c.Check(rs.Complain, check.Equals, false)
	c.Check(rs.Unrestricted, check.Equals, false)
	allowed, whole, denied := make(map[string]bool), make(map[string]bool), make(map[string]string)
	for _, r := range rs.Rules {
		if r.Deny {
			denied[r.Syscall] = r.ErrnoName
			continue
		}
		allowed[r.Syscall] = true
		conditional := false
		for _, arg := range r.Args {
			conditional = conditional || arg.Op != seccomp.OpAny
		}
		whole[r.Syscall] = whole[r.Syscall] || !conditional
	}
	for _, group := range strings.Split(strings.TrimSpace(seccomp.BasePolicy), "\n\n") {
		c.Check(strings.HasPrefix(group, "# "), check.Equals, true, check.Commentf("group without a comment:\n%s", group))
	}
	for _, name := range []string{
		"kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
		"mount", "umount", "umount2", "pivot_root", "swapon", "swapoff", "reboot",
		"bpf", "perf_event_open", "ptrace", "process_vm_readv", "process_vm_writev",
		"userfaultfd", "io_uring_setup", "io_uring_enter", "open_by_handle_at",
		"settimeofday", "clock_settime", "adjtimex", "clock_adjtime", "sethostname", "setdomainname",
		"iopl", "ioperm", "unshare", "setns", "add_key", "keyctl", "request_key",
		"setgroups", "mq_open", "listen", "accept", "accept4", "acct", "quotactl",
	} {
		c.Check(allowed[name], check.Equals, false, check.Commentf("%s is in the base policy", name))
	}
	for _, name := range []string{
		"chown", "chown32", "fchown", "fchownat", "lchown", "kcmp", "syslog",
		"open", "openat", "creat", "chmod", "fchmod", "fchmodat", "fchmodat2", "mknod", "mknodat",
		"setpriority", "nice", "sched_setaffinity", "sched_setparam", "sched_setattr", "ioprio_set",
	} {
		c.Check(allowed[name], check.Equals, true, check.Commentf("%s is not in the base policy", name))
		c.Check(whole[name], check.Equals, false, check.Commentf("%s is in the base policy without conditions", name))
	}
	for name, errno := range map[string]string{
		"openat2": "ENOSYS", "fsopen": "ENOSYS", "fsconfig": "ENOSYS", "fsmount": "ENOSYS", "fspick": "ENOSYS",
		"move_mount": "ENOSYS", "open_tree": "ENOSYS", "mount_setattr": "ENOSYS", "pipe2": "", "ioctl": "", "syslog": "",
	} {
		got, ok := denied[name]
		c.Check(ok, check.Equals, true, check.Commentf("%s is not denied explicitly", name))
		c.Check(got, check.Equals, errno, check.Commentf("%s", name))
	}
}

// TestErrorsNameTheLineOfThePolicy checks that a bad snippet's error
// names the line of the policy that holds it, as parsing the whole
// policy would, and that a bad snippet fails whichever tag it is for.
func (s *renderSuite) TestErrorsNameTheLineOfThePolicy(c *check.C) {
	info, _ := renderSpec(c, snap.StrictConfinement, false)
	render := func(bad string) (*seccomp.Policy, error) {
		spec := &seccomp.Specification{}
		connectSnippet(c, spec, info.Plugs["q"], "first", "# Description: first.\nread")
		connectSnippet(c, spec, info.Plugs["p"], "second", "# Description: second.\nwrite\n"+bad+"\nclose")
		policies, err := seccomp.RenderSnapPolicies(info, spec)
		if err != nil {
			return nil, err
		}
		return policies[1], nil
	}
	good, err := render("socket AF_INET")
	c.Assert(err, check.IsNil)
	c.Assert(good.Tag, check.Equals, "snap.vm.daemon")
	line := strings.Count(good.Text.String()[:strings.LastIndex(good.Text.String(), "socket AF_INET")], "\n") + 1
	_, err = seccomp.Parse(good.Text.String()[:strings.LastIndex(good.Text.String(), "socket AF_INET")] + "socket AF_FOO\nclose\n")
	c.Assert(err, check.ErrorMatches, fmt.Sprintf(`line %d: .*`, line))
	_, err = render("socket AF_FOO")
	c.Check(err, check.ErrorMatches, fmt.Sprintf(`cannot render seccomp policy: snap.vm.daemon: interface "second": line %d: syscall "socket": argument 1: unknown constant "AF_FOO"`, line))
	c.Check(good.InterfaceAt(line), check.Equals, "second")
	// The snippet from its description to its last line, not the
	// comment that introduces it.
	c.Check(good.InterfaceAt(line-2), check.Equals, "second")
	c.Check(good.InterfaceAt(line+1), check.Equals, "second")
	c.Check(good.InterfaceAt(line-3), check.Equals, "")
	c.Check(good.InterfaceAt(line+2), check.Equals, "")
}

// TestSameSnippetsForEveryTag checks the policies of tags that share
// their snippets: each is whole, and a bad shared snippet is an error.
func (s *renderSuite) TestSameSnippetsForEveryTag(c *check.C) {
	info, err := snap.InfoFromSnapYaml([]byte(renderSnapYaml))
	c.Assert(err, check.IsNil)
	// p bound to every app and hook.
	for _, app := range info.Apps {
		app.Plugs["p"] = info.Plugs["p"]
		info.Plugs["p"].Apps[app.Name] = app
	}
	for _, hook := range info.Hooks {
		hook.Plugs["p"] = info.Plugs["p"]
		info.Plugs["p"].Hooks[hook.Name] = hook
	}
	for _, text := range []string{"acct", "acct u:nobody-at-all"} {
		spec := &seccomp.Specification{}
		connectSnippet(c, spec, info.Plugs["p"], "test", text)
		policies, err := seccomp.RenderSnapPolicies(info, spec)
		if text != "acct" {
			c.Check(err, check.ErrorMatches, `cannot render seccomp policy: snap.vm.cli: interface "test": line [0-9]+: syscall "acct": argument 1: unknown user "nobody-at-all": .*`)
			continue
		}
		c.Assert(err, check.IsNil)
		c.Assert(policies, check.HasLen, 3)
		for _, policy := range policies {
			c.Check(policy.Text.String(), check.Matches, "(?s).*\n# From interface test:\nacct\n$", check.Commentf(policy.Tag))
			rs, err := seccomp.Parse(policy.Text.String())
			c.Assert(err, check.IsNil)
			c.Check(rs.Rules[len(rs.Rules)-1].Syscall, check.Equals, "acct")
		}
	}
}
