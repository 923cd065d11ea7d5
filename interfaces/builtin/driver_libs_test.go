// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"fmt"
	"sort"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

// The tests every interface of the driver-libs family shares: each
// interface's test file declares a suite embedding driverLibsSuite with
// its case.

// driverLibsCase is what one driver-libs interface expects.
type driverLibsCase struct {
	name    string
	summary string
	// systemOnly says that only the system carries the plug, on Ubuntu
	// Core too.
	systemOnly bool
	// slot is a valid slot's attributes, the directories below named
	// "$SNAP/usr/lib/x86_64-linux-gnu" (libraries) and, where the
	// interface has them, "$SNAP/usr/share/..." (configuration files,
	// in configs).
	slot attrs
	// configs are the configuration directories of slot, below $SNAP.
	configs []string
	// goodCompat and badCompat are labels and expressions the
	// interface takes, and refuses with an error matching the value.
	goodCompat []string
	badCompat  map[string]string
	// rows are more sanitizer rows of the interface's own attributes.
	rows []attrCase
}

type driverLibsSuite struct {
	driverLibsCase
}

// driverLibsSlotDecl and the plug rules, as the tests expect them.
const (
	driverLibsSlotDecl       = "allow-installation: false\ndeny-auto-connection: true"
	systemDriverLibsPlugDecl = "allow-installation:\n  plug-snap-type:\n    - core\nallow-connection:\n  slots-per-plug: \"*\"\ndeny-auto-connection: true"
	driverLibsPlugDecl       = "allow-installation:\n  - on-classic: true\n    plug-snap-type:\n      - core\n  - on-classic: false\nallow-connection:\n  slots-per-plug: \"*\"\ndeny-auto-connection: true"
)

// withAttr returns the case's slot attributes with key set to value,
// or removed when value is nil.
func (s *driverLibsSuite) withAttr(key string, value interface{}) attrs {
	out := attrs{}
	for k, v := range s.slot {
		out[k] = v
	}
	if value == nil {
		delete(out, key)
	} else {
		out[key] = value
	}
	return out
}

// slotYaml writes the case's slot attributes as snap.yaml lines.
func (s *driverLibsSuite) slotYaml() string {
	keys := make([]string, 0, len(s.slot))
	for k := range s.slot {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		switch v := s.slot[k].(type) {
		case []interface{}:
			fmt.Fprintf(&b, "%s:\n", k)
			for _, item := range v {
				fmt.Fprintf(&b, "  - %q\n", item)
			}
		case string:
			fmt.Fprintf(&b, "%s: %q\n", k, v)
		default:
			fmt.Fprintf(&b, "%s: %v\n", k, v)
		}
	}
	return b.String()
}

func (s *driverLibsSuite) TestStaticInfo(c *check.C) {
	plugs := driverLibsPlugDecl
	if s.systemOnly {
		plugs = systemDriverLibsPlugDecl
	}
	checkStaticInfo(c, s.name, staticInfo{summary: s.summary, plugs: plugs, slots: driverLibsSlotDecl})
	c.Check(ifaceByName(c, s.name).StaticInfo().NotRendered, check.DeepEquals, []string{interfaces.BackendConfigFiles, interfaces.BackendLdconfig})
}

// No snap carries the slot without a snap declaration; the system
// carries the plug, and on Ubuntu Core an app snap too unless the plug
// is the system's alone; connections are made by hand, to any number of
// providers.
func (s *driverLibsSuite) TestDecisions(c *check.C) {
	base := builtinDeclaration(c)
	systemPlug := strings.Replace(consumerYaml(s.name), "version: \"1\"\n", "version: \"1\"\ntype: snapd\n", 1)
	for _, sys := range []builtin.System{builtin.Classic, builtin.Core} {
		comment := check.Commentf("%s on %s", s.name, sys)
		for _, typ := range []snap.Type{snap.TypeApp, snap.TypeGadget, snap.TypeKernel} {
			c.Check(installs(c, base, sys, providerYaml(typ, s.name, s.slotYaml())), check.Equals, false, comment)
		}
		c.Check(installsAsSystem(c, base, sys, systemPlug), check.Equals, true, comment)
		c.Check(installs(c, base, sys, consumerYaml(s.name)), check.Equals, sys == builtin.Core && !s.systemOnly, comment)
	}
	checkDecisions(c, s.name, []decision{
		{provider: true, slotAttrs: s.slotYaml(), manual: true, auto: false},
		{provider: true, slotAttrs: s.slotYaml(), core: true, manual: true, auto: false},
	})
}

func (s *driverLibsSuite) TestSanitizeSlot(c *check.C) {
	rows := []attrCase{
		{s.slot, ""},
		{s.withAttr("library-source", listOf([]string{"${SNAP}/usr/lib/x86_64-linux-gnu", "$SNAP/lib"})), ""},
		{s.withAttr("library-source", listOf([]string{"$SNAP_COMPONENT(nvidia-user)/usr/lib/x86_64-linux-gnu"})), ""},
		{s.withAttr("library-source", listOf([]string{"$SNAP/My Libs"})), ""},
		{s.withAttr("library-source", nil), `"library-source" must list at least one directory`},
		{s.withAttr("library-source", []interface{}{}), `"library-source" must list at least one directory`},
		{s.withAttr("library-source", "$SNAP/lib"), `"library-source" must be a list of strings`},
		{s.withAttr("library-source", []interface{}{int64(1)}), `"library-source" must be a list of strings`},
		{s.withAttr("library-source", listOf([]string{"$SNAP/lib", "$SNAP/lib"})), `"library-source" lists "\$SNAP/lib" twice`},
		{s.withAttr("library-source", listOf([]string{"/usr/lib"})), `library-source\[0\] "/usr/lib" must start with \$SNAP/, \$\{SNAP\}/ or \$SNAP_COMPONENT\(NAME\)/`},
		{s.withAttr("library-source", listOf([]string{"$SNAP_DATA/lib"})), `library-source\[0\] "\$SNAP_DATA/lib" must start with .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAPlib"})), `library-source\[0\] "\$SNAPlib" must start with .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAP"})), `library-source\[0\] "\$SNAP" must start with .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAP/"})), `library-source\[0\] "\$SNAP/" must name a directory below the snap or component, not all of it`},
		{s.withAttr("library-source", listOf([]string{"$SNAP/."})), `library-source\[0\] "\$SNAP/\.": .* must be clean .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAP/../other/lib"})), `library-source\[0\] "\$SNAP/\.\./other/lib": .* must be clean .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAP/lib/../../etc"})), `library-source\[0\] .* must be clean .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAP//lib"})), `library-source\[0\] .* must be clean .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAP/lib/"})), `library-source\[0\] .* must not end with a slash`},
		{s.withAttr("library-source", listOf([]string{"$SNAP_COMPONENT(nvidia-user/lib"})), `library-source\[0\] .* must name a component as \$SNAP_COMPONENT\(NAME\)/PATH`},
		{s.withAttr("library-source", listOf([]string{"$SNAP_COMPONENT(../x)/lib"})), `library-source\[0\] .* must name a component .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAP_COMPONENT(Bad_Name)/lib"})), `library-source\[0\] .* must name a component .*`},
		{s.withAttr("library-source", listOf([]string{"$SNAP_COMPONENT(comp)/"})), `library-source\[0\] .* must name a directory below the snap or component, not all of it`},
		{s.withAttr("compatibility", nil), `"compatibility" is required: a label such as ".*"`},
		{s.withAttr("compatibility", int64(1)), `"compatibility" must be a string`},
	}
	for _, suffix := range injectedSuffixes {
		rows = append(rows, attrCase{s.withAttr("library-source", listOf([]string{"$SNAP/lib" + suffix})), `library-source\[0\] .*`})
	}
	for _, label := range s.goodCompat {
		rows = append(rows, attrCase{s.withAttr("compatibility", label), ""})
	}
	for label, err := range s.badCompat {
		rows = append(rows, attrCase{s.withAttr("compatibility", label), err})
	}
	for label, err := range map[string]string{
		"":                       `"compatibility" "" ends where a label should be`,
		"x\ny":                   `"compatibility" "x\\ny" has "\\n" at byte 1, .*`,
		"a,b":                    `"compatibility" "a,b" has "," at byte 1, .*`,
		"*":                      `"compatibility" "\*" has "\*" at byte 0, .*`,
		"@{HOME}":                `"compatibility" "@\{HOME\}" has "@" at byte 0, .*`,
		"(":                      `"compatibility" "\(" ends where a label should be`,
		"AND":                    `"compatibility" "AND" has "AND" where a label should be`,
		"Egl-1":                  `"compatibility" "Egl-1" has "E" at byte 0, .*`,
		strings.Repeat("a", 256): `"compatibility" is 256 bytes long, more than the 255 allowed`,
	} {
		rows = append(rows, attrCase{s.withAttr("compatibility", label), err})
	}
	rows = append(rows, s.rows...)
	checkSlotSanitizer(c, s.name, snap.TypeApp, rows)
}

// The slot's directories and the plug's profile: a list of more than
// AttrListMax directories, or paths longer together than AttrPathsMax,
// over all of the slot's source attributes, is refused.
func (s *driverLibsSuite) TestSanitizeSlotLimits(c *check.C) {
	many := make([]string, builtin.AttrListMax+1)
	for i := range many {
		many[i] = fmt.Sprintf("$SNAP/lib%d", i)
	}
	long := func(i int) string { return longPath(fmt.Sprintf("$SNAP/lib%d/", i), builtin.AttrPathMax) }
	rows := []attrCase{
		{s.withAttr("library-source", listOf(many)), fmt.Sprintf(`"library-source" lists %d entries, more than the %d allowed`, len(many), builtin.AttrListMax)},
		{s.withAttr("library-source", listOf(many[:builtin.AttrListMax])), ""},
		{s.withAttr("library-source", listOf([]string{long(0) + "a"})), `library-source\[0\] is 4097 bytes long, more than the 4096 allowed`},
		{s.withAttr("library-source", listOf([]string{long(0), long(1), long(2), long(3), long(4)})), `library-source\[\d\] takes the paths of the plug or slot to \d+ bytes, more than the 16384 allowed`},
	}
	if len(s.configs) == 0 {
		rows = append(rows, attrCase{s.withAttr("library-source", listOf([]string{long(0), long(1), long(2), long(3)})), ""})
	} else {
		// The configuration directories count too.
		rows = append(rows,
			attrCase{s.withAttr("library-source", listOf([]string{long(0), long(1), long(2), long(3)})), `icd-source\[0\] takes the paths of the plug or slot to \d+ bytes, more than the 16384 allowed`},
			attrCase{s.withAttr("library-source", listOf([]string{long(0), long(1), long(2)})), ""})
	}
	checkSlotSanitizer(c, s.name, snap.TypeApp, rows)
}

// The consuming app reads and maps exactly the slot's library
// directories, in any revision of the providing snap, and reads its
// configuration directories; nothing else of the providing snap, no
// other snap's files, and nothing it could write.
func (s *driverLibsSuite) TestConsumerAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Core, consumerYaml(s.name), providerYaml(snap.TypeApp, s.name, s.slotYaml()))
	grants := []string{
		"file r /snap/provider/x1/usr/lib/x86_64-linux-gnu/",
		"file rm /snap/provider/x1/usr/lib/x86_64-linux-gnu/libdriver.so.1",
		"file rm /snap/provider/42/usr/lib/x86_64-linux-gnu/vdpau/libvdpau_driver.so.1",
	}
	never := []string{
		"file w /snap/provider/x1/usr/lib/x86_64-linux-gnu/libdriver.so.1",
		"exec /snap/provider/x1/usr/lib/x86_64-linux-gnu/libdriver.so.1",
		"file r /snap/provider/x1/usr/lib/x86_64-linux-gnu-evil/libdriver.so.1",
		"file r /snap/provider/x1/usr/lib/libother.so",
		"file r /snap/provider/x1/bin/service",
		"file rm /snap/other/x1/usr/lib/x86_64-linux-gnu/libdriver.so.1",
		"file rm /snap/providerx/x1/usr/lib/x86_64-linux-gnu/libdriver.so.1",
		"file r /var/snap/provider/x1/usr/lib/x86_64-linux-gnu/libdriver.so.1",
		"file w /etc/ld.so.conf.d/provider.conf",
		"file w /etc/ld.so.cache",
	}
	for _, dir := range s.configs {
		grants = append(grants, "file r /snap/provider/x1/"+dir+"/10_vendor.json")
		never = append(never, "file w /snap/provider/x1/"+dir+"/10_vendor.json", "file m /snap/provider/x1/"+dir+"/10_vendor.json")
	}
	cn.checkAccesses(c, plugTag, grants, never)
	// The app that does not plug it, and the providing snap, get none of it.
	cn.checkAccesses(c, otherPlugTag, nil, grants[:2])
	aa, sc := cn.slotSide(c)
	c.Check(aa, check.Equals, "")
	c.Check(sc, check.Equals, "")
	_, plugSC := cn.plugSide(c)
	c.Check(plugSC, check.Equals, "")
	cn.checkCompiles(c, "consumer")
}

// A hostile slot widens no consumer's profile: the sanitizer refuses it
// when its snap is added, so it is dropped, and the hook renders
// nothing from it either.
func (s *driverLibsSuite) TestHostileSlotCannotWidenTheConsumer(c *check.C) {
	iface := ifaceByName(c, s.name)
	for _, hostile := range []string{
		"$SNAP/lib/*", "$SNAP/**", "$SNAP/lib,\n/** rwk", "$SNAP/lib rwk,\n/etc/shadow r", "$SNAP/../../etc",
		"$SNAP/{lib,../../etc}", "$SNAP/@{HOME}", "/etc", "$SNAP_DATA", "$SNAP/lib\x00", "$SNAP/lib\"", "$SNAP/",
	} {
		comment := check.Commentf("%q", hostile)
		bad := s.withAttr("library-source", listOf([]string{hostile}))
		d, err := builtin.DescribeWith(iface, nil, bad)
		c.Assert(err, check.IsNil, comment)
		c.Check(d.AppArmor.ConnectedPlug, check.Equals, "", comment)
		info, err := snap.InfoFromSnapYaml([]byte(providerYaml(snap.TypeKernel, s.name)))
		c.Assert(err, check.IsNil)
		info.Slots["slot"].Attrs = bad
		dropped, err := newRepo(c, builtin.Core).AddSnap(info)
		c.Assert(err, check.IsNil)
		c.Check(dropped, check.HasLen, 1, comment)
	}
}

// driverLibsPlugDiffers is why the driver-libs interfaces differ from
// the reference facts (referenceExceptions in all_test.go).
const driverLibsPlugDiffers = "the reference's plug is the host's own (snapd makes the libraries visible to it); " +
	"an app that plugs it here reads and maps exactly the slot's directories, as the reference's newest releases " +
	"grant a consuming app the tree they mount them in (driver_libs.go)"
