// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type multipassSupportSuite struct {
	iface interfaces.Interface
	repo  *interfaces.Repository
}

var _ = check.Suite(&multipassSupportSuite{})

// The daemon and a hook plug multipass-support; the client app does not.
const multipassConsumerYaml = `name: multipass
version: "1"
apps:
  multipassd:
    command: bin/multipassd
    daemon: simple
    plugs: [multipass-support]
  multipass:
    command: bin/multipass
hooks:
  configure:
    plugs: [multipass-support]
`

func (s *multipassSupportSuite) SetUpTest(c *check.C) {
	var err error
	s.iface, err = builtin.ByName("multipass-support")
	c.Assert(err, check.IsNil)
	s.repo = builtin.NewRepository()
	_, err = s.repo.AddSnap(builtin.SystemSnap(builtin.Classic))
	c.Assert(err, check.IsNil)
	info, err := snap.InfoFromSnapYaml([]byte(multipassConsumerYaml))
	c.Assert(err, check.IsNil)
	dropped, err := s.repo.AddSnap(info)
	c.Assert(err, check.IsNil)
	c.Assert(dropped, check.HasLen, 0)
	_, err = s.repo.Connect(interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: "multipass", Name: "multipass-support"},
		SlotRef: interfaces.SlotRef{Snap: "snapd", Name: "multipass-support"},
	}, nil, nil)
	c.Assert(err, check.IsNil)
}

func (s *multipassSupportSuite) TestStaticInfo(c *check.C) {
	si := s.iface.StaticInfo()
	c.Check(si.Summary, check.Equals, "allows operating as the Multipass service")
	c.Check(si.ImplicitOnCore, check.Equals, true)
	c.Check(si.ImplicitOnClassic, check.Equals, true)
	c.Check(si.BaseDeclarationPlugs, check.Matches, `(?s)\s*allow-installation: false\s+deny-auto-connection: true\s*`)
	c.Check(si.BaseDeclarationSlots, check.Matches, `(?s)\s*allow-installation:\s+slot-snap-type:\s+- core\s+deny-auto-connection: true\s*`)
}

var multipassAppArmorRules = []string{
	"/sbin/apparmor_parser ixr,",
	"/usr/sbin/apparmor_parser ixr,",
	"/etc/apparmor/ r,",
	"/etc/apparmor/** r,",
	"/etc/apparmor.d/ r,",
	"/etc/apparmor.d/** r,",
	"/sys/kernel/security/apparmor/ r,",
	"/sys/kernel/security/apparmor/** r,",
	"/sys/kernel/security/apparmor/.remove w,",
	"/sys/kernel/security/apparmor/.replace w,",
	"capability mac_admin,",
	"capability chown,",
	"capability setuid,",
	"capability setgid,",
	"capability kill,",
	"change_profile unsafe /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/usr/bin/* -> multipass.*,",
	"change_profile unsafe @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}/{bin,usr/bin,usr/sbin}/* -> multipass.*,",
	"signal (send) peer=multipass.*,",
	"ptrace (read, trace) peer=multipass.*,",
}

var multipassSecCompRules = []string{
	"setgroups 0 -",
	"setgroups32 0 -",
	"chown",
	"chown32",
	"fchown",
	"fchown32",
	"fchownat",
	"lchown",
	"lchown32",
}

func (s *multipassSupportSuite) TestConnectedPlugRulesForBoundTagsOnly(c *check.C) {
	aa := &apparmor.Specification{}
	c.Assert(s.repo.SnapSpecification(aa, "multipass"), check.IsNil)
	sc := &seccomp.Specification{}
	c.Assert(s.repo.SnapSpecification(sc, "multipass"), check.IsNil)

	bound := []string{"snap.multipass.hook.configure", "snap.multipass.multipassd"}
	c.Check(aa.SecurityTags(), check.DeepEquals, bound)
	c.Check(sc.SecurityTags(), check.DeepEquals, bound)
	for _, tag := range bound {
		aaLines := lines(aa.SnippetForTag(tag))
		for _, rule := range multipassAppArmorRules {
			c.Check(aaLines, testutil.Contains, rule, check.Commentf("%s", tag))
		}
		scLines := lines(sc.SnippetForTag(tag))
		for _, rule := range multipassSecCompRules {
			c.Check(scLines, testutil.Contains, rule, check.Commentf("%s", tag))
		}
		c.Check(aa.UsesPtraceTrace(tag), check.Equals, true)
	}
	c.Check(aa.SnippetForTag("snap.multipass.multipass"), check.Equals, "")
	c.Check(sc.SnippetForTag("snap.multipass.multipass"), check.Equals, "")
}

func (s *multipassSupportSuite) TestEveryRuleIsExplained(c *check.C) {
	d, err := builtin.Describe(s.iface)
	c.Assert(err, check.IsNil)
	checkExplained(c, d.AppArmor.ConnectedPlug, d.SecComp.ConnectedPlug)
}

func (s *multipassSupportSuite) TestSuppressionDoesNotDenyItsTrace(c *check.C) {
	// An interface asking to suppress ptrace trace in the same profile
	// must not turn multipass-support's rule into a denial.
	suppressor := &suppressingIface{}
	aa := &apparmor.Specification{}
	c.Assert(s.repo.SnapSpecification(aa, "multipass"), check.IsNil)
	conn, err := s.repo.Connection(interfaces.ConnRef{
		PlugRef: interfaces.PlugRef{Snap: "multipass", Name: "multipass-support"},
		SlotRef: interfaces.SlotRef{Snap: "snapd", Name: "multipass-support"},
	})
	c.Assert(err, check.IsNil)
	c.Assert(aa.AddConnectedPlug(suppressor, conn.Plug, conn.Slot), check.IsNil)
	text := aa.SnippetForTag("snap.multipass.multipassd")
	c.Check(text, testutil.Contains, "ptrace (read, trace) peer=multipass.*,")
	c.Check(text, check.Not(testutil.Contains), "deny ptrace")
	c.Check(aa.DeniesPtraceTrace("snap.multipass.multipassd"), check.Equals, false)
}

type suppressingIface struct{}

func (suppressingIface) Name() string                                    { return "suppressor" }
func (suppressingIface) StaticInfo() interfaces.StaticInfo               { return interfaces.StaticInfo{} }
func (suppressingIface) AutoConnect(*snap.PlugInfo, *snap.SlotInfo) bool { return true }
func (suppressingIface) AppArmorConnectedPlug(spec *apparmor.Specification, _ *interfaces.ConnectedPlug, _ *interfaces.ConnectedSlot) error {
	spec.SetSuppressPtraceTrace()
	return nil
}

// The Multipass daemon of the shared corpus, with every plug connected:
// to the system's slots, and lxd to an LXD snap's. Whatever the other
// interfaces add, multipass-support's change_profile, ptrace and signal
// rules must stand: no denial of another interface may override them,
// and the whole set must compile.
func (s *multipassSupportSuite) TestComposesWithTheDaemonsOtherPlugs(c *check.C) {
	info := corpusSnap(c, "canonical__multipass.yaml")
	lxd, err := snap.InfoFromSnapYaml([]byte(strings.Replace(providerYaml(snap.TypeApp, "lxd"), "name: provider", "name: lxd", 1)))
	c.Assert(err, check.IsNil)
	repo := builtin.NewRepository()
	for _, info := range []*snap.Info{builtin.SystemSnap(builtin.Classic), info, lxd} {
		dropped, err := repo.AddSnap(info)
		c.Assert(err, check.IsNil)
		c.Assert(dropped, check.HasLen, 0)
	}
	daemonPlugs := 0
	for _, plug := range repo.Plugs("multipass") {
		slot := interfaces.SlotRef{Snap: builtin.SystemSnapName, Name: plug.Interface}
		if plug.Interface == "lxd" {
			slot = interfaces.SlotRef{Snap: "lxd", Name: "slot"}
		}
		_, err := repo.Connect(interfaces.ConnRef{PlugRef: interfaces.PlugRef{Snap: "multipass", Name: plug.Name}, SlotRef: slot}, nil, nil)
		c.Assert(err, check.IsNil, check.Commentf("plug %q", plug.Name))
		if plug.Apps["multipassd"] != nil {
			daemonPlugs++
		}
	}
	c.Check(daemonPlugs, check.Equals, 12)

	aa := &apparmor.Specification{}
	c.Assert(repo.SnapSpecification(aa, "multipass"), check.IsNil)
	const daemon = "snap.multipass.multipassd"
	text := aa.SnippetForTag(daemon)
	checkRules(c, text, multipassAppArmorRules...)
	for _, line := range ruleLines(text) {
		c.Check(line, check.Not(check.Matches), `^(audit\s+)?deny\s.*`, check.Commentf("a denial in the daemon's profile"))
	}
	c.Check(aa.UsesPtraceTrace(daemon), check.Equals, true)
	c.Check(aa.DeniesPtraceTrace(daemon), check.Equals, false)
	(&connection{Repository: repo}).checkCompiles(c, "multipass")
}

// The daemon creates no user namespaces: no rule of ABI 4.0, on either
// ABI.
func (s *multipassSupportSuite) TestNoUserNSOnABI4(c *check.C) {
	cn := connectToSystem(c, builtin.Classic, consumerYaml("multipass-support"))
	cn.checkABI4Rules(c, "consumer", plugTag, "multipass-support")
}
