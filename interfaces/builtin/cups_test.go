// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
	"github.com/snapiface/snapiface/testutil"
)

type cupsSuite struct{ referenceSuite }

var _ = check.Suite(&cupsSuite{referenceSuite{referenceCase{
	name:    "cups",
	summary: "allows printing through a CUPS scheduler provided by a snap",
	plugAppArmor: []string{
		"unix (connect, send, receive) type=stream peer=(label=PEER),",
		"/var/snap/provider/common/run/cups.sock rw,",
	},
	slotAppArmor: []string{
		"unix (send, receive) type=stream peer=(label=PEER),",
		"/var/snap/@{SNAP_INSTANCE_NAME}/common/run/ rw,",
		"/var/snap/@{SNAP_INSTANCE_NAME}/common/run/cups.sock rw,",
	},
	// The serving snap listens through network-bind, as under the
	// reference: the slot adds no syscall.
	// Not the host's scheduler, and no administration.
	mustNotGrant:     []string{"run/cups/cups.sock", "certs", "Notifier", "client.conf"},
	slotAttrs:        "    cups-socket-directory: $SNAP_COMMON/run\n",
	plugMustNotGrant: []string{"capability ", "listen"},
}}})

// cupsSlot returns a slot of the provider with the given attributes.
func cupsSlot(attrs map[string]interface{}) *snap.SlotInfo {
	info := &snap.Info{SuggestedName: "provider"}
	return &snap.SlotInfo{Snap: info, Name: "slot", Interface: "cups", Attrs: attrs}
}

func (s *cupsSuite) TestSanitizeSlot(c *check.C) {
	sanitizer := ifaceByName(c, s.name).(interfaces.SlotSanitizer)
	for _, dir := range []string{"$SNAP_COMMON", "$SNAP_DATA", "$SNAP_COMMON/run", "$SNAP_DATA/run/cups", "$SNAP_COMMON/cups run"} {
		c.Check(sanitizer.BeforePrepareSlot(cupsSlot(map[string]interface{}{"cups-socket-directory": dir})), check.IsNil, check.Commentf("%q", dir))
	}
	c.Check(sanitizer.BeforePrepareSlot(cupsSlot(nil)), check.IsNil)

	const prefix = `cannot sanitize slot provider:slot \(interface "cups"\): `
	const notUnder = `cups-socket-directory .* must be \$SNAP_COMMON or \$SNAP_DATA, or a directory under one of them`
	for _, t := range []struct {
		value interface{}
		err   string
	}{
		{int64(1), prefix + `"cups-socket-directory" must be a string`},
		{[]interface{}{"$SNAP_COMMON"}, prefix + `"cups-socket-directory" must be a string`},
		{"", prefix + `cups-socket-directory "" must be .*`},
		{"/run/cups", prefix + `cups-socket-directory "/run/cups" must be .*`},
		{"run", prefix + notUnder},
		{"$SNAP_COMMONS/run", prefix + notUnder},
		{"$SNAP_USER_DATA/run", prefix + notUnder},
		{"$SNAP/run", prefix + notUnder},
		{"$SNAP_COMMON/", prefix + `cups-socket-directory "\$SNAP_COMMON/" must not end with a slash`},
		{"$SNAP_COMMON/run/", prefix + `invalid cups-socket-directory "\$SNAP_COMMON/run/": directory under \$SNAP_COMMON "/run/" must not end with a slash`},
		{"$SNAP_COMMON/../../../etc", prefix + `invalid cups-socket-directory .*: directory under \$SNAP_COMMON "/../../../etc" must be clean .*`},
		{"$SNAP_DATA/run/..", prefix + `invalid cups-socket-directory .* must be clean .*`},
		{"$SNAP_COMMON//run", prefix + `invalid cups-socket-directory .* must be clean .*`},
		{"$SNAP_COMMON/./run", prefix + `invalid cups-socket-directory .* must be clean .*`},
		{"$SNAP_COMMON/run\n/etc/** rw", prefix + `invalid cups-socket-directory .* contains a control character`},
		{"$SNAP_COMMON/run, /etc/shadow r", prefix + `invalid cups-socket-directory .* contains ",", .*`},
		{"$SNAP_COMMON/{run,etc}", prefix + `invalid cups-socket-directory .* contains "\{", .*`},
		{"$SNAP_COMMON/run}", prefix + `invalid cups-socket-directory .* contains "\}", .*`},
		{`$SNAP_COMMON/ru"n`, prefix + `invalid cups-socket-directory .* contains "\\"", .*`},
		{"$SNAP_COMMON/ru'n", prefix + `invalid cups-socket-directory .* contains "'", .*`},
		{"$SNAP_COMMON/*", prefix + `invalid cups-socket-directory .* contains "\*", .*`},
		{"$SNAP_COMMON/r?n", prefix + `invalid cups-socket-directory .* contains "\?", .*`},
		{"$SNAP_COMMON/[a-z]", prefix + `invalid cups-socket-directory .* contains "\[", .*`},
		{"$SNAP_COMMON/@{HOME}", prefix + `invalid cups-socket-directory .* contains "@", .*`},
		{"$SNAP_COMMON/$SNAP_DATA", prefix + `invalid cups-socket-directory .* contains "\$", .*`},
		{"$SNAP_COMMON/run#", prefix + `invalid cups-socket-directory .* contains "#", .*`},
	} {
		err := sanitizer.BeforePrepareSlot(cupsSlot(map[string]interface{}{"cups-socket-directory": t.value}))
		c.Check(err, check.ErrorMatches, t.err, check.Commentf("%q", t.value))
	}
}

// What a client of the cups snap does: connect to the socket at the
// default path or the provider's, read its options and the printer
// list; never the host's scheduler, its configuration or anything else
// of the provider's.
func (s *cupsSuite) TestAccesses(c *check.C) {
	for _, attrs := range [][]string{{"cups-socket-directory: $SNAP_COMMON/run"}, nil} {
		cn := connectToProvider(c, builtin.Classic, consumerYaml("cups"), providerYaml(snap.TypeApp, "cups", attrs...))
		grants := []string{
			"file rw /var/cups/cups.sock",
			"unix connect stream peer=snap.provider.service",
			"unix send stream peer=snap.provider.service",
			"file r /home/u/.cups/lpoptions",
			"file r /run/cups/printcap",
			"file r /var/run/cups/printcap",
		}
		never := []string{
			"file w /run/cups/cups.sock",
			"file w /var/run/cups/cups.sock",
			"file r /etc/cups/client.conf",
			"file r /home/u/.cups/client.conf",
			"file r /etc/cups/cupsd.conf",
			"unix connect stream peer=unconfined",
			"file r /var/snap/provider/common/run/cupsd.pid",
			"file x /var/snap/provider/common/run/helper",
		}
		if attrs != nil {
			grants = append(grants, "file rw /var/snap/provider/common/run/cups.sock")
		} else {
			never = append(never, "file rw /var/snap/provider/common/run/cups.sock")
		}
		cn.checkAccesses(c, plugTag, grants, never)
	}
}

func init() {
	addAccessDifferences("cups", accessDifferences{rows: []accessDifference{{
		access: "file r /var/snap/provider/common/run/cupsd.pid",
		ours:   false,
		why:    "the reference grants the whole socket directory; the client needs the socket alone",
	}}})
}

func (s *cupsSuite) TestSocketUnderSnapData(c *check.C) {
	repo := connectToProvider(c, builtin.Classic, consumerYaml("cups"), providerYaml(snap.TypeApp, "cups", "    cups-socket-directory: $SNAP_DATA/cups run\n"))
	aa, _ := repo.specs(c, "consumer")
	plug := aa.SnippetForTag(plugTag)
	c.Check(plug, testutil.Contains, "\n\"/var/snap/provider/{[0-9]*,x[0-9]*}/cups run/cups.sock\" rw,\n")
	aa, _ = repo.specs(c, "provider")
	slot := aa.SnippetForTag(slotTag)
	c.Check(slot, testutil.Contains, "\n\"/var/snap/@{SNAP_INSTANCE_NAME}/@{SNAP_REVISION}/cups run/\" rw,\n")
	c.Check(slot, testutil.Contains, "\n\"/var/snap/@{SNAP_INSTANCE_NAME}/@{SNAP_REVISION}/cups run/cups.sock\" rw,\n")
}

func (s *cupsSuite) TestNoSocketWithoutDirectory(c *check.C) {
	// A provider that does not say where it listens is reached at the
	// default socket only, and gets no socket rules itself.
	repo := connectToProvider(c, builtin.Classic, consumerYaml("cups"), providerYaml(snap.TypeApp, "cups", ""))
	aa, _ := repo.specs(c, "consumer")
	c.Check(aa.SnippetForTag(plugTag), testutil.Contains, "peer=(label=snap.provider.service),")
	c.Check(aa.SnippetForTag(plugTag), check.Not(testutil.Contains), "/var/snap/provider")
	aa, _ = repo.specs(c, "provider")
	c.Check(aa.SnippetForTag(slotTag), testutil.Contains, "peer=(label=snap.consumer.app),")
	c.Check(aa.SnippetForTag(slotTag), check.Not(testutil.Contains), "cups.sock")
}

func (s *cupsSuite) TestHooksRefuseUncheckedDirectory(c *check.C) {
	// Policy text is rendered from checked values only, even when the
	// sanitizer was skipped.
	iface := ifaceByName(c, s.name)
	slot := cupsSlot(map[string]interface{}{"cups-socket-directory": "$SNAP_COMMON/x,\n/** rw"})
	slot.Apps = map[string]*snap.AppInfo{"service": {Snap: slot.Snap, Name: "service"}}
	consumer, err := snap.InfoFromSnapYaml([]byte("name: consumer\nversion: \"1\"\napps:\n  app:\n    command: bin/app\nplugs:\n  plug:\n    interface: cups\n"))
	c.Assert(err, check.IsNil)
	cplug := interfaces.NewConnectedPlug(consumer.Plugs["plug"], nil)
	cslot := interfaces.NewConnectedSlot(slot, nil)
	spec := &apparmor.Specification{}
	c.Check(spec.AddConnectedPlug(iface, cplug, cslot), check.ErrorMatches, `cannot add AppArmor policy of interface "cups": cannot sanitize slot provider:slot \(interface "cups"\): invalid cups-socket-directory .*`)
	c.Check(spec.AddPermanentSlot(iface, slot), check.ErrorMatches, `cannot add AppArmor policy of interface "cups": cannot sanitize slot provider:slot \(interface "cups"\): invalid cups-socket-directory .*`)
	c.Check(spec.SnippetForTag(plugTag), check.Equals, "")
	c.Check(spec.SnippetForTag(slotTag), check.Equals, "")
}
