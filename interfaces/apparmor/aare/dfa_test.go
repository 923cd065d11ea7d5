// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package aare_test

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/apparmor/aaparser"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare/aaretest"
	"github.com/snapiface/snapiface/testutil"
)

// The matcher against apparmor_parser: policy is compiled by the
// parser, each profile's file automaton read from the binary policy and
// run on paths made from every file rule's pattern (matches and near
// misses); the matcher must grant exactly what the automaton grants,
// for the file's owner and for others, with the same exec transition.

type dfaSuite struct{}

var _ = check.Suite(&dfaSuite{})

func requireParser(c *check.C) {
	if _, err := aaparser.Available(); err != nil {
		testutil.MissingTool(c, err.Error())
	}
}

// snapVars are the variables the renderer's header defines.
const snapVars = `#include <tunables/global>
@{SNAP_NAME}="foo"
@{SNAP_INSTANCE_NAME}="foo_x"
@{SNAP_COMMAND_NAME}="app"
@{SNAP_REVISION}="42"
@{PROFILE_DBUS}="snap_2efoo_2eapp"
@{INSTALL_DIR}="/snap"
`

// globForms are the forms of pattern the catalogue, the template and
// the abstractions use, and the corners of the parser's translation.
var globForms = []string{
	"/etc/hostname", "/tmp/", "/tmp/*", "/tmp/**", "/tmp/*/", "/tmp/**/", "/tmp/*/x", "/tmp/**/x",
	"/tmp/*x", "/tmp/x*", "/tmp/a*b", "/tmp/a**b", "/tmp/{,**}", "/tmp/{*,x}", "/{,**}", "/**",
	"/*", "/?", "/tmp/???", "/dev/tty[0-9]*", "/dev/sr[0-9]*", "/dev/ttyS[0-9]", "/dev/[^x]y",
	"/dev/[^0-9]*", "/dev/[a-cx]", "/{usr/,}lib{,32,64}/**.so*", "/{,usr/}bin/{,g,m}awk",
	"/etc/{,g}shadow{,-}", "/usr/{bin,lib/snapd}/snapctl", "/a/{b,c{d,e{f,g}}}/h",
	"/run/user/[0-9]*/snap.foo/**", "/sys/devices/**/net/**", "/{dev,run}/shm/snap.foo.**",
	"/etc/My Policies{,/,/**}", "/var/snap/foo/{[0-9]*,x[0-9]*}/cups run/cups.sock",
	"/proc/@{pid}/task/@{tid}/{comm,stat,status}", "@{PROC}/@{pid}/{,task/@{tid}/}comm",
	"@{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/**",
	"/run/user/@{uid}/snap.@{SNAP_INSTANCE_NAME}/", "@{HOME}/", "@{HOME}/**", "@{HOMEDIRS}/*/",
	"/usr/lib/@{multiarch}/gconv/*.so", "@{run}/systemd/journal/socket", "@{etc_ro}/ld.so.conf.d/{,*.conf}",
	"/a\\*b", "/a\\{b\\}", "/tmp/.X11-unix/X[0-9]*", "/dev/pts/[0-9]*", "/a.b+c(d)$e^f|g",
	"//tmp//x", "/x/{,/}y", "/x/{a/,}*", "/tmp/[0-9][0-9]?", "/x/{*/,}y",
}

// fileRules writes one profile per pattern, each granting r on it.
func globProfiles(patterns []string) string {
	var b strings.Builder
	b.WriteString(snapVars)
	for i, p := range patterns {
		fmt.Fprintf(&b, "profile g%d {\n  %s r,\n}\n", i, quotePath(p))
	}
	return b.String()
}

func quotePath(p string) string {
	if strings.ContainsAny(p, " \t") {
		return `"` + p + `"`
	}
	return p
}

func (s *dfaSuite) TestGlobFormsAgreeWithParser(c *check.C) {
	requireParser(c)
	s.checkGlobs(c, globForms, 40)
}

// The file rules of every abstraction installed, each a profile of
// its own, so that each pattern is checked alone.
func (s *dfaSuite) TestAbstractionPatternsAgreeWithParser(c *check.C) {
	requireParser(c)
	files, err := filepath.Glob(filepath.Join(aare.DefaultIncludeDir, "abstractions", "*"))
	c.Assert(err, check.IsNil)
	seen := map[string]bool{}
	var patterns []string
	for _, f := range files {
		if fi, err := os.Stat(f); err != nil || fi.IsDir() {
			continue
		}
		text := snapVars + "profile x {\n  #include <abstractions/" + filepath.Base(f) + ">\n}\n"
		pol, err := aare.Parse(f, []byte(text))
		c.Assert(err, check.IsNil)
		for _, r := range pol.Profiles[0].RulesOf(aare.ClassFile) {
			if p := hoistSlash(r.Path().String()); !seen[p] {
				seen[p] = true
				patterns = append(patterns, p)
			}
		}
	}
	sort.Strings(patterns)
	c.Assert(len(patterns) > 500, check.Equals, true, check.Commentf("%d patterns", len(patterns)))
	s.checkGlobs(c, patterns, 4)
}

// hoistSlash writes "{/a,/b}/c" as "/{a,b}/c": the parser's lexer
// reads no rule that starts with '{' (variables expand to that, after
// the lexer).
func hoistSlash(p string) string {
	if !strings.HasPrefix(p, "{") {
		return p
	}
	depth, end := 0, -1
	var cuts []int
	for i := 0; i < len(p) && end < 0; i++ {
		switch p[i] {
		case '\\':
			i++
		case '{':
			depth++
			if depth == 1 {
				cuts = append(cuts, i+1)
			}
		case '}':
			if depth--; depth == 0 {
				end = i
			}
		case ',':
			if depth == 1 {
				cuts = append(cuts, i+1)
			}
		}
	}
	var b strings.Builder
	b.WriteString("/")
	last := 0
	for _, cut := range cuts {
		if cut >= len(p) || p[cut] != '/' {
			return p
		}
		b.WriteString(p[last:cut])
		last = cut + 1
	}
	b.WriteString(p[last:])
	return b.String()
}

// checkGlobs compiles a profile per pattern and compares r on samples
// of each pattern.
func (s *dfaSuite) checkGlobs(c *check.C, patterns []string, samples int) {
	text := globProfiles(patterns)
	dfas, err := aaretest.Compile(text)
	c.Assert(err, check.IsNil)
	pol, err := aare.Parse("globs", []byte(text))
	c.Assert(err, check.IsNil)
	rnd := rand.New(rand.NewSource(1))
	checked, failures := 0, 0
	for i := range patterns {
		name := fmt.Sprintf("g%d", i)
		prof, dfa := pol.Profile(name), dfas[name]
		c.Assert(prof, check.NotNil)
		c.Assert(dfa, check.NotNil, check.Commentf("%s", name))
		glob := prof.Rules[0].Path()
		for _, path := range aaretest.Samples(glob.String(), rnd, samples) {
			want := dfa.Perms(path).Other&aare.ModeRead != 0
			got := prof.Check(aare.Access{Class: aare.ClassFile, Path: path, Mode: aare.ModeRead, NotOwner: true}).Allowed()
			checked++
			if got != want && failures < 20 {
				failures++
				c.Errorf("pattern %q (%q): path %q: matcher says %v, apparmor_parser %v", patterns[i], glob, path, got, want)
			}
		}
	}
	c.Logf("%d patterns, %d paths", len(patterns), checked)
	c.Check(checked > 10*len(patterns), check.Equals, true)
}

// Whole profiles: the rendered ones of the golden files, with the
// abstractions they include, and profiles made to exercise deny,
// owner, exec transitions and their precedence.
func (s *dfaSuite) TestWholeProfilesAgreeWithParser(c *check.C) {
	requireParser(c)
	var texts []string
	for _, name := range []string{"strict-app", "classic-app", "instance-app", "strict-hook"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", name+".golden"))
		c.Assert(err, check.IsNil)
		texts = append(texts, string(data))
	}
	texts = append(texts, snapVars+`
profile mixed {
  #include <abstractions/base>
  #include <abstractions/nameservice>
  /srv/** rwk,
  owner /srv/own/** w,
  deny /srv/secret/** w,
  deny owner /srv/private/* r,
  audit /srv/audited r,
  /opt/bin/* ix,
  /opt/bin/special Px,
  /opt/bin/child Cx -> helper,
  /opt/other/* pix,
  /opt/other/u PUx,
  /opt/tools/** Ux,
  deny /opt/tools/bad x,
  /usr/lib/** mr,
  file /data/** r,
  /data/l/* l,
  /data/a/* a,
  deny /data/a/no a,
  profile helper { }
}
profile barefile {
  file,
  deny /etc/shadow rw,
}
profile changer {
  deny change_profile -> unconfined,
  /proc/@{pid}/attr/current r,
  deny /proc/*/attr/apparmor/exec w,
}
`)
	for _, text := range texts {
		dfas, err := aaretest.Compile(text)
		c.Assert(err, check.IsNil)
		pol, err := aare.Parse("whole", []byte(text))
		c.Assert(err, check.IsNil)
		for _, prof := range pol.Profiles {
			dfa := dfas[prof.Name]
			c.Assert(dfa, check.NotNil, check.Commentf("%s", prof.Name))
			checkProfileAgainstDFA(c, prof, dfa)
		}
	}
}

// checkProfileAgainstDFA runs samples of every file rule's pattern
// through both and compares every permission and the transition.
func checkProfileAgainstDFA(c *check.C, prof *aare.Profile, dfa *aaretest.Profile) {
	rnd := rand.New(rand.NewSource(2))
	paths := map[string]bool{}
	for _, r := range prof.RulesOf(aare.ClassFile) {
		for _, p := range aaretest.Samples(r.Path().String(), rnd, 6) {
			paths[p] = true
		}
	}
	failures, i := 0, 0
	for path := range paths {
		want := dfa.Perms(path)
		i++
		for _, owner := range []bool{true, false} {
			gotMode, gotExec := prof.FilePerms(path, !owner)
			if i%8 == 0 {
				// Check, one permission at a time, says the same.
				m, t := matcherPerms(prof, path, owner)
				c.Check(m, check.Equals, gotMode, check.Commentf("%s %q", prof.Name, path))
				c.Check(t, check.Equals, gotExec, check.Commentf("%s %q", prof.Name, path))
			}
			wantMode, wantExec := want.Other, want.OtherExec
			if owner {
				wantMode, wantExec = want.Owner, want.OwnerExec
			}
			if gotMode != wantMode || normalize(prof.Name, gotExec) != normalize(prof.Name, wantExec) {
				if failures++; failures <= 20 {
					c.Errorf("profile %s, path %q, owner %v: matcher grants %q %v, apparmor_parser %q %v",
						prof.Name, path, owner, gotMode, gotExec, wantMode, wantExec)
				}
			}
		}
	}
	c.Logf("profile %s: %d paths", prof.Name, len(paths))
}

// matcherPerms asks the profile for each permission alone.
func matcherPerms(prof *aare.Profile, path string, owner bool) (aare.FileMode, aare.Transition) {
	var m aare.FileMode
	for bit := aare.ModeRead; bit <= aare.ModeExec; bit <<= 1 {
		if prof.Check(aare.Access{Class: aare.ClassFile, Path: path, Mode: bit, NotOwner: !owner}).Allowed() {
			m |= bit
		}
	}
	var t aare.Transition
	if res := prof.Check(aare.Access{Class: aare.ClassExec, Path: path, NotOwner: !owner}); res.Allowed() {
		t = res.Transition
	}
	return m, t
}

// normalize writes a named transition as the binary policy holds it:
// a child's target under its parent, the kind (p or c) lost.
func normalize(profile string, t aare.Transition) string {
	if t.Target == "" {
		return t.Mode
	}
	mode := strings.NewReplacer("c", "p", "C", "P").Replace(t.Mode)
	target := t.Target
	if strings.HasPrefix(t.Mode, "c") || strings.HasPrefix(t.Mode, "C") {
		target = profile + "//" + target
	}
	return mode + " -> " + target
}

// Random patterns, drawn from pieces that stress the translation
// (stars next to slashes and braces, classes, nested and empty
// alternatives, escapes), each a profile, against the parser: what
// FuzzGlob checks against the reference, checked here against the
// parser itself.
func (s *dfaSuite) TestRandomPatternsAgreeWithParser(c *check.C) {
	requireParser(c)
	pieces := []string{"/", "/", "a", "b", ".", "-", "*", "**", "?", "[a-c]", "[^a]", "[0-9]",
		"{a,b/}", "{,x}", "{*,/}", "{a,{b,c*}}", `\*`, "/*", "/**", "{/,}"}
	rnd := rand.New(rand.NewSource(3))
	seen := map[string]bool{}
	var patterns []string
	for len(patterns) < 400 {
		var b strings.Builder
		b.WriteString("/")
		for n := 1 + rnd.Intn(6); n > 0; n-- {
			b.WriteString(pieces[rnd.Intn(len(pieces))])
		}
		p := b.String()
		if _, err := aare.CompileGlob(p); err != nil || seen[p] {
			continue
		}
		seen[p] = true
		patterns = append(patterns, p)
	}
	s.checkGlobs(c, patterns, 10)
}

// The file and exec accesses of testdata/strict-app.accesses, run
// through the parser's automaton of the same profile: the expectations
// written by hand are the kernel's too.
func (s *dfaSuite) TestStrictAppAccessesAgreeWithParser(c *check.C) {
	requireParser(c)
	text, err := os.ReadFile("testdata/strict-app.profile")
	c.Assert(err, check.IsNil)
	dfas, err := aaretest.Compile(string(text))
	c.Assert(err, check.IsNil)
	dfa := dfas["snap.foo.app"]
	c.Assert(dfa, check.NotNil)
	f, err := os.Open("testdata/strict-app.accesses")
	c.Assert(err, check.IsNil)
	defer f.Close()
	exps, err := aare.ReadExpectations("strict-app.accesses", f)
	c.Assert(err, check.IsNil)
	n := 0
	for _, e := range exps {
		a := e.Access
		perms := dfa.Perms(a.Path)
		granted, trans := perms.Owner, perms.OwnerExec
		if a.NotOwner {
			granted, trans = perms.Other, perms.OtherExec
		}
		switch a.Class {
		case aare.ClassFile:
			if a.Target != "" {
				owner, other := dfa.Link(a.Path, a.Target)
				if a.NotOwner {
					owner = other
				}
				c.Check(owner && a.Mode&^granted == 0, check.Equals, e.Allow, check.Commentf("line %d: %s", e.Line, a))
			} else {
				c.Check(a.Mode&^granted == 0, check.Equals, e.Allow, check.Commentf("line %d: %s: parser grants %q", e.Line, a, granted))
			}
		case aare.ClassExec:
			ok := granted&aare.ModeExec != 0 && (a.Transition == "" || a.Transition == trans.Mode)
			c.Check(ok, check.Equals, e.Allow, check.Commentf("line %d: %s: parser grants %q %v", e.Line, a, granted, trans))
		default:
			continue
		}
		n++
	}
	c.Check(n > 150, check.Equals, true, check.Commentf("%d accesses", n))
}

// Capabilities, from the profile's capability entries of the binary
// policy: the matcher allows exactly those.
func (s *dfaSuite) TestCapabilitiesAgreeWithParser(c *check.C) {
	requireParser(c)
	// AppArmor 3's parser knows no userns rule (an ABI 4 rule).
	text := strings.Replace(classProfile, "  userns,\n", "", 1) + `
profile caps {
  capability chown,
  capability net_admin syslog,
  capability kill,
  deny capability kill,
  audit capability setuid,
  capability checkpoint_restore,
}
profile allcaps {
  capability,
  deny capability sys_module,
}
`
	bins := checkCapabilities(c, text)
	c.Check(bins["caps"].Capabilities, check.Equals, uint64(1<<0|1<<7|1<<12|1<<34|1<<40))
}

func checkCapabilities(c *check.C, text string) map[string]*aaretest.Profile {
	bins, err := aaretest.Compile(text)
	c.Assert(err, check.IsNil)
	pol, err := aare.Parse("caps", []byte(text))
	c.Assert(err, check.IsNil)
	for _, p := range pol.Profiles {
		bin := bins[p.Name]
		c.Assert(bin, check.NotNil)
		for i, name := range aare.Capabilities {
			want := bin.Capabilities&(1<<i) != 0
			got := p.Check(aare.Access{Class: aare.ClassCapability, Name: name}).Allowed()
			c.Check(got, check.Equals, want, check.Commentf("profile %s, capability %s", p.Name, name))
		}
	}
	return bins
}

// Signal and ptrace rules, against the parser's policy automaton: for
// every permission, signal and a set of peers, the matcher decides as
// the automaton does. How the parser numbers signals is probed, not
// assumed.
func (s *dfaSuite) TestSignalAndPtraceAgreeWithParser(c *check.C) {
	requireParser(c)
	text := "#include <tunables/global>\n" + strings.Replace(classProfile, "  userns,\n", "", 1) + `
profile sig {
  signal,
  deny signal (send) set=(kill, stop) peer=unconfined,
  ptrace (read, readby),
  deny ptrace (read) peer=snap.secret.*,
}
profile base {
  #include <abstractions/base>
}
`
	checkSignalAndPtrace(c, text, []string{"snap.foo.app", "snap.foo.other", "snap.foobar.app", "snap.bar.app", "snap.bar.service",
		"snap.secret.x", "unconfined", "base", "sig", "multipass.qemu", "docker-default"})
}

func checkSignalAndPtrace(c *check.C, text string, peers []string) {
	signals := append(append([]string(nil), aare.Signals...), "rtmin+0", "rtmin+5", "rtmin+32")
	sigmap, err := aaretest.ProbeSignals(signals)
	c.Assert(err, check.IsNil)
	bins, err := aaretest.Compile(text)
	c.Assert(err, check.IsNil)
	pol, err := aare.Parse("policy", []byte(text))
	c.Assert(err, check.IsNil)
	checked := 0
	for _, p := range pol.Profiles {
		bin := bins[p.Name]
		c.Assert(bin, check.NotNil)
		for _, peer := range append(peers, p.Name) {
			for _, perm := range []string{"read", "trace", "readby", "tracedby"} {
				got := p.Check(aare.Access{Class: aare.ClassPtrace, Perm: perm, Peer: peer}).Allowed()
				c.Check(got, check.Equals, bin.Ptrace(perm, peer), check.Commentf("profile %s: ptrace %s peer=%s", p.Name, perm, peer))
				checked++
			}
			for _, perm := range []string{"send", "receive"} {
				for _, sig := range signals {
					got := p.Check(aare.Access{Class: aare.ClassSignal, Perm: perm, Signal: sig, Peer: peer}).Allowed()
					c.Check(got, check.Equals, bin.Signal(sigmap, perm, sig, peer), check.Commentf("profile %s: signal %s sig=%s peer=%s", p.Name, perm, sig, peer))
					checked++
				}
			}
		}
	}
	c.Logf("%d signal and ptrace accesses", checked)
}

// A profile that may change profile gets from apparmor_parser the file
// rules to ask for it through /proc/PID/attr: the matcher adds them
// too, and they agree with the automaton on the attr files and their
// neighbours.
func (s *dfaSuite) TestChangeProfileImpliesAttrWrites(c *check.C) {
	requireParser(c)
	text := "abi <abi/3.0>,\n" + snapVars + "profile cp {\n  change_profile unsafe /** -> other,\n}\nprofile plain {\n  /proc/*/attr/ r,\n}\n"
	pol, err := aare.Parse("cp", []byte(text))
	c.Assert(err, check.IsNil)
	dfas, err := aaretest.Compile(text)
	c.Assert(err, check.IsNil)
	paths := []string{
		"/proc/1/attr/current", "/proc/1/attr/exec", "/proc/1/attr/apparmor/current",
		"/proc/1/attr/apparmor/exec", "/proc/1/attr/apparmor/", "/proc/1/attr/", "/proc/1/attr/prev",
		"/proc/1/attr/apparmor/prev", "/proc/1/task/2/attr/current", "/proc/self/attr/exec",
	}
	for _, name := range []string{"cp", "plain"} {
		prof := pol.Profile(name)
		for _, path := range paths {
			want := dfas[name].Perms(path)
			got, _ := prof.FilePerms(path, false)
			c.Check(got, check.Equals, want.Owner, check.Commentf("%s %s", name, path))
			got, _ = prof.FilePerms(path, true)
			c.Check(got, check.Equals, want.Other, check.Commentf("%s %s not owner", name, path))
		}
	}
	a, err := aare.ParseAccess("file w /proc/42/attr/exec")
	c.Assert(err, check.IsNil)
	c.Check(pol.Profile("cp").Check(a).Allowed(), check.Equals, true)
	c.Check(pol.Profile("plain").Check(a).Allowed(), check.Equals, false)
}
