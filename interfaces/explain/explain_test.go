// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package explain_test

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/check.v1"
	"gopkg.in/yaml.v2"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/apparmor/aare"
	"github.com/snapiface/snapiface/interfaces/auditlog"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/explain"
	"github.com/snapiface/snapiface/interfaces/policy"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler/grants"
	"github.com/snapiface/snapiface/interfaces/seccomp/syscalls"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

func Test(t *testing.T) { check.TestingT(t) }

type explainSuite struct{}

var _ = check.Suite(&explainSuite{})

// deniedLog is the crafted log of 40 denials the reader's tests share.
var deniedLog = filepath.Join("..", "auditlog", "testdata", "denials.log")

func readLog(c *check.C, path string) []auditlog.Line {
	f, err := os.Open(path)
	c.Assert(err, check.IsNil)
	defer f.Close()
	lines, err := auditlog.Read(f)
	c.Assert(err, check.IsNil)
	return lines
}

func newExplainer(c *check.C, opts explain.Options) *explain.Explainer {
	e, err := explain.New(opts)
	c.Assert(err, check.IsNil)
	return e
}

// grantsOf returns the interfaces of an explanation's grants, with
// their decisions: "camera=manual".
func grantsOf(ex *explain.Explanation) []string {
	var out []string
	for _, g := range ex.Grants {
		out = append(out, g.Interface+"="+g.Decision)
	}
	return out
}

// TestCraftedLog explains every line of the crafted log, checks the
// interfaces each line must name (and those that must grant nothing),
// and then checks every suggestion independently: the profile or the
// compiled filter of a snap with that plug connected, rendered as a
// daemon renders it, allows the denied access, and the same snap
// without the connection does not.
func (s *explainSuite) TestCraftedLog(c *check.C) {
	lines := readLog(c, deniedLog)
	c.Assert(len(lines) >= 30, check.Equals, true)
	e := newExplainer(c, explain.Options{})
	exs := e.ExplainLines(lines)
	c.Assert(exs, check.HasLen, len(lines))

	// What some lines must say: an interface that grants it and its
	// decision, "none", or "base".
	want := map[int][]string{
		1:  {"camera=manual"},
		2:  {"base"},
		3:  {"home=auto-connect", "personal-files=needs-declaration"},
		4:  {"home=auto-connect"},
		5:  {"removable-media=manual"},
		6:  {"none"},
		8:  {"ssh-keys=manual", "personal-files=needs-declaration"},
		9:  {"hardware-observe=manual"},
		10: {"network-observe=manual"},
		12: {"serial-port=manual"},
		13: {"network-control=manual", "firewall-control=manual"},
		15: {"time-control=manual"},
		16: {"kernel-module-control=needs-declaration"},
		17: {"network-control=manual"},
		19: {"network=auto-connect"},
		20: {"bluez=manual"},
		21: {"x11=auto-connect"},
		22: {"process-control=manual"},
		24: {"system-observe=manual"},
		26: {"network-manager-observe=manual"},
		27: {"hostname-control=manual"},
		28: {"timezone-control=manual"},
		29: {"desktop=auto-connect"},
		30: {"shutdown=needs-declaration"},
		32: {"network-control=manual", "fuse-support=manual"},
		33: {"time-control=manual"},
		34: {"kernel-module-control=needs-declaration"},
		35: {"network-control=manual"},
		36: {"docker-support=needs-declaration"},
		37: {"none"},
		40: {"hostname-control=manual"},
	}
	kinds := map[string]int{}
	for _, ex := range exs {
		comment := check.Commentf("line %d: %s", ex.Line, ex.Text)
		c.Assert(ex.Understood, check.Equals, true, comment)
		kinds[ex.Kind]++
		for _, w := range want[ex.Line] {
			switch w {
			case "none":
				c.Check(ex.Grants, check.HasLen, 0, comment)
				c.Check(ex.Verdict, check.Equals, "no interface of the catalogue grants it", comment)
			case "base":
				c.Check(ex.Grants, check.HasLen, 0, comment)
				c.Check(ex.Verdict, check.Matches, "the base policy of every app allows it.*", comment)
			default:
				c.Check(grantsOf(ex), testutil.Contains, w, comment)
			}
		}
		// Auto-connecting grants come first, then manual ones.
		for i := 1; i < len(ex.Grants); i++ {
			c.Check(rank(ex.Grants[i-1].Decision) <= rank(ex.Grants[i].Decision), check.Equals, true, comment)
		}
		for _, g := range ex.Grants {
			c.Check(g.Command, check.Matches, `snap connect `+ex.Snap+`:`+g.Plug+`( .+)?`, comment)
			c.Check(g.Rules, check.Not(check.HasLen), 0, comment)
		}
	}
	c.Check(kinds, check.DeepEquals, map[string]int{"apparmor": 27, "dbus": 6, "seccomp": 7})

	v := newVerifier(c)
	for _, ex := range exs {
		rec := lines[ex.Line-1].Record
		for _, g := range ex.Grants {
			v.checkGrant(c, ex, rec, g)
		}
		if len(ex.Grants) == 0 && ex.Base != "" && !strings.HasPrefix(ex.Verdict, "the base policy") {
			v.checkNoInterface(c, ex, rec)
		}
	}
}

func rank(decision string) int {
	return map[string]int{explain.DecisionAuto: 0, explain.DecisionManual: 1, explain.DecisionDeclaration: 2}[decision]
}

// verifier checks suggestions as a daemon would render them: a
// repository with the system snap, the denied snap with the plug, the
// provider snap when the slot is not the system's; profiles with
// RenderSnapProfiles; filters compiled with libseccomp and run in the
// BPF VM.
type verifier struct {
	compile bool
}

func newVerifier(c *check.C) *verifier {
	return &verifier{}
}

// world is a repository holding the denied snap with one plug, and
// the slot it connects to.
type world struct {
	repo    *interfaces.Repository
	info    *snap.Info
	tag     string
	plugRef interfaces.PlugRef
	slotRef interfaces.SlotRef
}

func marshal(c *check.C, doc map[string]interface{}) []byte {
	data, err := yaml.Marshal(doc)
	c.Assert(err, check.IsNil)
	return data
}

// newWorld builds the repository of a grant: snap.yaml written here,
// from the tag and the grant, not by the explainer.
func newWorld(c *check.C, ex *explain.Explanation, g explain.Grant) *world {
	tag, ok := auditlog.ParseTag(ex.Tag)
	if !ok {
		tag = auditlog.Tag{Snap: ex.Snap, App: "app"}
	}
	name, key, _ := strings.Cut(tag.Snap, "_")
	plug := map[string]interface{}{"interface": g.Interface}
	for k, v := range g.PlugAttrs {
		plug[k] = v
	}
	doc := map[string]interface{}{"name": name, "version": "1", "plugs": map[string]interface{}{g.Plug: plug}}
	if tag.Hook != "" {
		doc["hooks"] = map[string]interface{}{tag.Hook: map[string]interface{}{}}
	} else {
		doc["apps"] = map[string]interface{}{tag.App: map[string]interface{}{"command": "bin/x"}}
	}
	info, err := snap.InfoFromSnapYaml(marshal(c, doc))
	c.Assert(err, check.IsNil)
	if key != "" {
		c.Assert(info.SetInstanceKey(key), check.IsNil)
	}
	repo := builtin.NewRepository()
	_, err = repo.AddSnap(builtin.SystemSnap(builtin.Classic))
	c.Assert(err, check.IsNil)
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	w := &world{repo: repo, info: info, tag: ex.Tag, plugRef: interfaces.PlugRef{Snap: info.InstanceName(), Name: g.Plug}}
	if w.tag == "" || !ok {
		w.tag = snap.AppSecurityTag(info.InstanceName(), "app")
	}
	slotSnap, slotName, _ := strings.Cut(g.Slot, ":")
	w.slotRef = interfaces.SlotRef{Snap: slotSnap, Name: slotName}
	if slotSnap != builtin.SystemSnapName {
		ptag, ok := auditlog.ParseTag(g.Provider)
		c.Assert(ok, check.Equals, true, check.Commentf("provider %q", g.Provider))
		slot := map[string]interface{}{"interface": g.Interface}
		for k, v := range g.SlotAttrs {
			slot[k] = v
		}
		// A device slot is a gadget's; try an app first.
		added := false
		for _, typ := range []string{"app", "gadget"} {
			pdoc := map[string]interface{}{"name": slotSnap, "version": "1", "type": typ,
				"apps":  map[string]interface{}{ptag.App: map[string]interface{}{"command": "bin/y"}},
				"slots": map[string]interface{}{slotName: slot}}
			provider, err := snap.InfoFromSnapYaml(marshal(c, pdoc))
			c.Assert(err, check.IsNil)
			dropped, err := repo.AddSnap(provider)
			c.Assert(err, check.IsNil)
			if len(dropped) == 0 {
				added = true
				break
			}
			c.Assert(repo.RemoveSnap(slotSnap), check.IsNil)
		}
		c.Assert(added, check.Equals, true, check.Commentf("provider of %s", g.Slot))
	}
	return w
}

// decision decides the plug as a daemon does: auto-connection first,
// then a manual connection.
func (w *world) decision(c *check.C) string {
	base, err := policy.BuiltinDeclaration()
	c.Assert(err, check.IsNil)
	connected, _, err := policy.AutoConnect(w.repo, base, nil, policy.System{}, w.info.InstanceName())
	c.Assert(err, check.IsNil)
	ref := interfaces.ConnRef{PlugRef: w.plugRef, SlotRef: w.slotRef}
	for _, conn := range connected {
		c.Assert(w.repo.Disconnect(conn), check.IsNil)
		if conn == ref {
			if w.info.Plugs[w.plugRef.Name] != nil && len(policyInstallDenied(c, w, base)) == 0 {
				return explain.DecisionAuto
			}
		}
	}
	if len(policyInstallDenied(c, w, base)) > 0 {
		return explain.DecisionDeclaration
	}
	d, err := policy.CheckManualConnection(w.repo, base, nil, policy.System{}, ref)
	c.Assert(err, check.IsNil)
	if d.Allowed {
		return explain.DecisionManual
	}
	return explain.DecisionDeclaration
}

func policyInstallDenied(c *check.C, w *world, base *policy.Declaration) []string {
	ic := &policy.InstallCandidate{Snap: w.info, BaseDeclaration: base}
	d := ic.CheckPlug(w.plugRef.Name)
	if d.Allowed {
		return nil
	}
	return []string{d.String()}
}

// profile renders the world's profile of the tag, as a daemon does.
func (w *world) profile(c *check.C, revision string) *aare.Profile {
	aa := &apparmor.Specification{}
	c.Assert(w.repo.SnapSpecification(aa, w.info.InstanceName()), check.IsNil)
	host := apparmor.Host{Revision: revision}
	profiles, err := apparmor.RenderSnapProfiles(w.info, aa, host)
	c.Assert(err, check.IsNil)
	for _, p := range profiles {
		if p.Tag == w.tag {
			pol, err := aare.Parse(p.Tag, p.Text.AppendTo(nil))
			c.Assert(err, check.IsNil)
			return pol.Profile(p.Tag)
		}
	}
	c.Fatalf("no profile %s", w.tag)
	return nil
}

// filter compiles the world's seccomp policy of the tag.
func (w *world) filter(c *check.C) *grants.Filter {
	sc := &seccomp.Specification{}
	c.Assert(w.repo.SnapSpecification(sc, w.info.InstanceName()), check.IsNil)
	policies, err := seccomp.RenderSnapPolicies(w.info, sc)
	c.Assert(err, check.IsNil)
	for _, p := range policies {
		if p.Tag == w.tag {
			f, err := compiler.Compile(context.Background(), p.Text.String())
			c.Assert(err, check.IsNil)
			filter, err := grants.Load(f)
			c.Assert(err, check.IsNil)
			return filter
		}
	}
	c.Fatalf("no policy %s", w.tag)
	return nil
}

func (v *verifier) checkGrant(c *check.C, ex *explain.Explanation, rec *auditlog.Record, g explain.Grant) {
	comment := check.Commentf("line %d (%s): %s via %s", ex.Line, strings.Join(ex.Accesses, "; "), g.Interface, g.Slot)
	w := newWorld(c, ex, g)
	c.Check(w.decision(c), check.Equals, g.Decision, comment)
	ref := interfaces.ConnRef{PlugRef: w.plugRef, SlotRef: w.slotRef}
	if rec.Syscall != nil {
		v.checkSyscall(c, w, ref, rec.Syscall.Name, g, comment)
		return
	}
	without := w.profile(c, ex.Revision)
	_, err := w.repo.Connect(ref, nil, nil)
	c.Assert(err, check.IsNil, comment)
	with := w.profile(c, ex.Revision)
	allowedWithout := true
	for _, a := range rec.Accesses {
		res := with.Check(a)
		c.Check(res.Allowed(), check.Equals, true, check.Commentf("%s; %s: %s", comment.CheckCommentString(), a, res))
		allowedWithout = allowedWithout && without.Check(a).Allowed()
	}
	c.Check(allowedWithout, check.Equals, false, check.Commentf("%s; allowed without the connection", comment.CheckCommentString()))
}

// checkSyscall compiles the filter without and with the connection
// and runs the syscall through both, with arguments that meet the
// conditions of the interface's rule.
func (v *verifier) checkSyscall(c *check.C, w *world, ref interfaces.ConnRef, name string, g explain.Grant, comment check.CommentInterface) {
	if _, err := compiler.ID(); err != nil {
		testutil.MissingTool(c, "libseccomp is not usable: "+err.Error())
	}
	c.Assert(g.Rules, check.Not(check.HasLen), 0)
	rs, err := seccomp.Parse(g.Rules[0])
	c.Assert(err, check.IsNil, comment)
	args := argsFor(rs.Rules[0])
	without := w.filter(c)
	_, err = w.repo.Connect(ref, nil, nil)
	c.Assert(err, check.IsNil, comment)
	with := w.filter(c)
	arch := hostArch(c)
	nr, ok := arch.Number(name)
	c.Assert(ok, check.Equals, true, check.Commentf("%s on %s", name, arch.Name))
	ret, err := with.Evaluate(arch.Audit, nr, args...)
	c.Assert(err, check.IsNil)
	c.Check(grants.Action(ret), check.Equals, "allow", check.Commentf("%s; %s%v with the connection", comment.CheckCommentString(), name, args))
	ret, err = without.Evaluate(arch.Audit, nr, args...)
	c.Assert(err, check.IsNil)
	c.Check(grants.Action(ret), check.Not(check.Equals), "allow", check.Commentf("%s; %s%v without the connection", comment.CheckCommentString(), name, args))
}

// hostArch is the architecture filters are compiled for here.
func hostArch(c *check.C) *syscalls.Arch {
	f, err := compiler.Compile(context.Background(), "read\n")
	c.Assert(err, check.IsNil)
	arch := syscalls.ByName(f.Arches[0])
	if arch == nil {
		c.Skip("no syscall table of " + f.Arches[0])
	}
	return arch
}

// argsFor returns arguments that meet a rule's conditions.
func argsFor(r seccomp.Rule) []uint64 {
	args := make([]uint64, len(r.Args))
	for i, a := range r.Args {
		switch a.Op {
		case seccomp.OpEqual, seccomp.OpGreaterEqual, seccomp.OpLessEqual, seccomp.OpMaskedAll, seccomp.OpMaskedEqual:
			args[i] = a.Value
		case seccomp.OpNotEqual, seccomp.OpGreater:
			args[i] = a.Value + 1
		case seccomp.OpLess:
			args[i] = a.Value - 1
		}
	}
	return args
}

// checkNoInterface checks a line no interface grants the slow way:
// every interface of the catalogue connected alone, without
// attributes, to the system's slot, leaves it denied.
func (v *verifier) checkNoInterface(c *check.C, ex *explain.Explanation, rec *auditlog.Record) {
	var arch *syscalls.Arch
	for _, iface := range builtin.Interfaces() {
		if builtin.SystemSnap(builtin.Classic).Slots[iface.Name()] == nil {
			continue
		}
		w := newWorldOrNil(c, ex, explain.Grant{Interface: iface.Name(), Plug: "plug", Slot: builtin.SystemSnapName + ":" + iface.Name()})
		if w == nil {
			continue
		}
		_, err := w.repo.Connect(interfaces.ConnRef{PlugRef: w.plugRef, SlotRef: w.slotRef}, nil, nil)
		c.Assert(err, check.IsNil)
		if rec.Syscall != nil {
			if arch == nil {
				arch = hostArch(c)
			}
			// Without arguments: what an unconditional rule would
			// allow. The policy's text names no rule for it either.
			sc := &seccomp.Specification{}
			c.Assert(w.repo.SnapSpecification(sc, w.info.InstanceName()), check.IsNil)
			c.Check(ruleNames(sc.SnippetForTag(w.tag)), check.Not(testutil.Contains), rec.Syscall.Name, check.Commentf("%s", iface.Name()))
			continue
		}
		p := w.profile(c, ex.Revision)
		for _, a := range rec.Accesses {
			c.Check(p.Check(a).Allowed(), check.Equals, false, check.Commentf("line %d: %s allows %s", ex.Line, iface.Name(), a))
		}
	}
}

// newWorldOrNil is newWorld for a plug without attributes that the
// interface may refuse: nil then.
func newWorldOrNil(c *check.C, ex *explain.Explanation, g explain.Grant) *world {
	doc := map[string]interface{}{"name": "probe", "version": "1", "plugs": map[string]interface{}{"plug": map[string]interface{}{"interface": g.Interface}}}
	info, err := snap.InfoFromSnapYaml(marshal(c, doc))
	c.Assert(err, check.IsNil)
	repo := builtin.NewRepository()
	dropped, err := repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	if len(dropped) > 0 {
		return nil
	}
	return newWorld(c, ex, g)
}

// ruleNames returns the syscalls seccomp policy text allows.
func ruleNames(text string) []string {
	rs, err := seccomp.Parse(text)
	if err != nil {
		return nil
	}
	var names []string
	for _, r := range rs.Rules {
		if !r.Deny {
			names = append(names, r.Syscall)
		}
	}
	sort.Strings(names)
	return names
}

func (s *explainSuite) TestNotUnderstoodLines(c *check.C) {
	input := "this is not a log line\n" +
		`apparmor="STATUS" operation="profile_load" profile="unconfined" name="snap.foo.app"` + "\n" +
		`apparmor="DENIED" operation="open" profile="/usr/sbin/cupsd" name="/etc/shadow" requested_mask="r" denied_mask="r" fsuid=0 ouid=0` + "\n"
	lines, err := auditlog.Read(strings.NewReader(input))
	c.Assert(err, check.IsNil)
	exs := newExplainer(c, explain.Options{}).ExplainLines(lines)
	c.Assert(exs, check.HasLen, 3)
	c.Check(exs[0].Understood, check.Equals, false)
	c.Check(exs[0].Verdict, check.Matches, "not understood: not an AppArmor or seccomp record: .*")
	c.Check(exs[1].Understood, check.Equals, false)
	c.Check(exs[1].Error, check.Matches, `not a denial: apparmor="STATUS" .*`)
	c.Check(exs[2].Understood, check.Equals, true)
	c.Check(exs[2].Verdict, check.Equals, `label "/usr/sbin/cupsd" is not a snap's: no interface applies`)
	for _, ex := range exs {
		c.Check(ex.Grants, check.HasLen, 0)
	}
}

// TestSnapPlugNames: given the snap, the command names its own plug
// of the interface, and the rendering uses that plug's attributes.
func (s *explainSuite) TestSnapPlugNames(c *check.C) {
	info, err := snap.InfoFromSnapYaml([]byte(`name: camapp
version: "1"
apps:
  camapp:
    command: bin/camapp
plugs:
  webcam: camera
  pictures:
    interface: personal-files
    read: [$HOME/Pictures]
`))
	c.Assert(err, check.IsNil)
	e := newExplainer(c, explain.Options{Snaps: []*snap.Info{info}, Connected: []string{"camapp:webcam"}})
	ex := e.Explain(parse(c, `apparmor="DENIED" operation="open" profile="snap.camapp.camapp" name="/dev/video0" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0`))
	g := findGrant(ex, "camera")
	c.Assert(g, check.NotNil)
	c.Check(g.Plug, check.Equals, "webcam")
	c.Check(g.PlugDeclared, check.Equals, true)
	c.Check(g.Command, check.Equals, "snap connect camapp:webcam")
	c.Check(g.Connected, check.Equals, true)
	// An interface the snap has no plug of: named after it.
	g = findGrant(ex, "system-files")
	c.Assert(g, check.NotNil)
	c.Check(g.Plug, check.Equals, "system-files")
	c.Check(g.PlugDeclared, check.Equals, false)
	c.Check(g.Connected, check.Equals, false)
	// Another snap's denial: its plug is named after the interface.
	ex = e.Explain(parse(c, `apparmor="DENIED" operation="open" profile="snap.other.app" name="/dev/video0" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0`))
	g = findGrant(ex, "camera")
	c.Assert(g, check.NotNil)
	c.Check(g.Command, check.Equals, "snap connect other:camera")

	// The snap's own personal-files plug reads ~/Pictures: it grants
	// a file there without attributes from the denial.
	ex = e.Explain(parse(c, `apparmor="DENIED" operation="open" profile="snap.camapp.camapp" name="/home/u/Pictures/a/b.png" requested_mask="r" denied_mask="r" fsuid=1000 ouid=1000`))
	g = findGrant(ex, "personal-files")
	c.Assert(g, check.NotNil)
	c.Check(g.Plug, check.Equals, "pictures")
	c.Check(g.PlugAttrs, check.IsNil)
	c.Check(g.Rules, testutil.Contains, "owner @{HOME}/Pictures{,/,/**} rk,")
}

// TestAttributesFromTheDenial: interfaces that need attributes are
// tried with those the denial gives.
func (s *explainSuite) TestAttributesFromTheDenial(c *check.C) {
	e := newExplainer(c, explain.Options{})
	ex := e.Explain(parse(c, `apparmor="DENIED" operation="open" profile="snap.foo.app" name="/home/u/.config/tool/settings.ini" requested_mask="w" denied_mask="w" fsuid=1000 ouid=1000`))
	g := findGrant(ex, "personal-files")
	c.Assert(g, check.NotNil)
	c.Check(g.PlugAttrs, check.DeepEquals, map[string]interface{}{"write": []interface{}{"$HOME/.config/tool/settings.ini"}})
	c.Check(g.Decision, check.Equals, explain.DecisionDeclaration)

	ex = e.Explain(parse(c, `apparmor="DENIED" operation="open" profile="snap.foo.app" name="/sys/devices/platform/soc/3f200000.gpio/gpiochip0/gpio/gpio17/value" requested_mask="w" denied_mask="w" fsuid=0 ouid=0`))
	g = findGrant(ex, "gpio")
	c.Assert(g, check.NotNil)
	c.Check(g.SlotAttrs, check.DeepEquals, map[string]interface{}{"number": int64(17)})
	c.Check(g.Command, check.Equals, "snap connect foo:gpio <snap with a gpio slot>")

	// A D-Bus name another snap serves: the dbus interface, with the
	// name, to that snap.
	line := `apparmor="DENIED" operation="dbus_method_call" bus="session" path="/org/example/Editor" interface="org.example.Editor" member="Open" mask="send" name="org.example.Editor" label="snap.foo.app" peer_label="snap.editor.editor"`
	rec := parse(c, line)
	ex = e.Explain(rec)
	g = findGrant(ex, "dbus")
	c.Assert(g, check.NotNil)
	c.Check(g.PlugAttrs, check.DeepEquals, map[string]interface{}{"bus": "session", "name": "org.example.Editor"})
	c.Check(g.Provider, check.Equals, "snap.editor.editor")
	c.Check(g.Command, check.Equals, "snap connect foo:dbus editor")
	v := newVerifier(c)
	for _, gr := range ex.Grants {
		v.checkGrant(c, ex, rec, gr)
	}
}

// TestInstanceAndRevision: a parallel install connects its own plug,
// and the revision of a path resolves @{SNAP_REVISION}.
func (s *explainSuite) TestInstanceAndRevision(c *check.C) {
	e := newExplainer(c, explain.Options{})
	ex := e.Explain(parse(c, `apparmor="DENIED" operation="capable" profile="snap.foo_beta.app" capname="sys_time"`))
	g := findGrant(ex, "time-control")
	c.Assert(g, check.NotNil)
	c.Check(g.Command, check.Equals, "snap connect foo_beta:time-control")
	c.Check(ex.Revision, check.Equals, "x1")

	// The snap's own data at its revision is the base policy's.
	ex = e.Explain(parse(c, `apparmor="DENIED" operation="open" profile="snap.foo.app" name="/var/snap/foo/42/state" requested_mask="w" denied_mask="w" fsuid=0 ouid=0`))
	c.Check(ex.Revision, check.Equals, "42")
	c.Check(ex.Verdict, check.Matches, "the base policy of every app allows it.*")
}

// TestCore: on Ubuntu Core the system's slots and policy are Core's.
func (s *explainSuite) TestCore(c *check.C) {
	line := `apparmor="DENIED" operation="capable" profile="snap.foo.app" capname="net_admin"`
	classic := newExplainer(c, explain.Options{System: builtin.Classic}).Explain(parse(c, line))
	core := newExplainer(c, explain.Options{System: builtin.Core}).Explain(parse(c, line))
	c.Check(grantsOf(classic), testutil.Contains, "network-control=manual")
	c.Check(grantsOf(core), testutil.Contains, "network-control=manual")
	// Interfaces implicit on one system only are tried there only.
	onlyClassic := 0
	for _, iface := range builtin.Interfaces() {
		si := iface.StaticInfo()
		if si.ImplicitOnClassic && !si.ImplicitOnCore {
			onlyClassic++
		}
	}
	c.Check(onlyClassic > 0, check.Equals, true)
}

// TestCacheSharesRenderings: the lines of one app render the catalogue
// once; explaining the log again renders nothing.
func (s *explainSuite) TestCacheSharesRenderings(c *check.C) {
	e := newExplainer(c, explain.Options{})
	first := e.Explain(parse(c, `apparmor="DENIED" operation="capable" profile="snap.foo.app" capname="net_admin"`))
	c.Assert(first.Grants, check.Not(check.HasLen), 0)
	after1 := e.Stats()
	// One rendering per interface that has a slot here, and the base.
	c.Check(after1.Renders > 100, check.Equals, true, check.Commentf("%+v", after1))
	c.Check(after1.Renders <= len(builtin.Interfaces())+1, check.Equals, true, check.Commentf("%+v", after1))
	e.Explain(parse(c, `apparmor="DENIED" operation="capable" profile="snap.foo.app" capname="sys_time"`))
	e.Explain(parse(c, `type=1326 audit(1.2:3): subj=snap.foo.app arch=c000003e syscall=165 code=0x50000`))
	after3 := e.Stats()
	c.Check(after3.Renders, check.Equals, after1.Renders)
	c.Check(after3.Reused >= 2*after1.Renders, check.Equals, true, check.Commentf("%+v", after3))
	// Another app renders its own.
	e.Explain(parse(c, `apparmor="DENIED" operation="capable" profile="snap.foo.other" capname="net_admin"`))
	c.Check(e.Stats().Renders, check.Equals, 2*after1.Renders)
}

func parse(c *check.C, line string) *auditlog.Record {
	rec, err := auditlog.Parse(line)
	c.Assert(err, check.IsNil, check.Commentf("%s", line))
	return rec
}

func findGrant(ex *explain.Explanation, iface string) *explain.Grant {
	for i := range ex.Grants {
		if ex.Grants[i].Interface == iface {
			return &ex.Grants[i]
		}
	}
	return nil
}

func (s *explainSuite) TestNewErrors(c *check.C) {
	foo, err := snap.InfoFromSnapYaml([]byte("name: foo\nversion: 1\n"))
	c.Assert(err, check.IsNil)
	for _, t := range []struct {
		opts explain.Options
		err  string
	}{
		{explain.Options{Snaps: []*snap.Info{foo, foo}}, `cannot explain denials of snap "foo": its snap.yaml is given twice`},
	} {
		_, err := explain.New(t.opts)
		c.Check(err, check.ErrorMatches, t.err)
	}
}
