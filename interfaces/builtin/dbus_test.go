// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type dbusSuite struct{}

var _ = check.Suite(&dbusSuite{})

const dbusSummary = "allows owning a D-Bus name, or talking to the snap that owns it"

func (s *dbusSuite) TestStaticInfo(c *check.C) {
	checkStaticInfo(c, "dbus", staticInfo{
		summary: dbusSummary,
		slots: `
allow-installation:
  slot-snap-type:
    - app
allow-connection:
  plug-attributes:
    bus: $SLOT(bus)
    name: $SLOT(name)
deny-auto-connection: true`,
	})
}

const dbusService = "    bus: session\n    name: org.example.Editor\n"

func (s *dbusSuite) TestConnection(c *check.C) {
	repo := connectToProvider(c, builtin.Classic, consumerYaml("dbus", dbusService), providerYaml(snap.TypeApp, "dbus", dbusService))
	// The client calls the service by its name, on the provider's bound
	// app only.
	repo.checkAppArmorOnly(c, "consumer", plugTag, []string{
		"dbus (send) bus=session peer=(name=org.example.Editor, label=snap.provider.service),",
		"dbus (receive) bus=session peer=(label=snap.provider.service),",
	}, nil)
	// The service owns the name, and serves the plug's bound app only;
	// it may serve peer-to-peer connections of its own too.
	checkDBusServiceSecComp(c, repo)
	repo.checkAppArmor(c, "provider", slotTag, []string{
		"dbus (bind) bus=session name=org.example.Editor,",
		"dbus (send) bus=session path=/org/freedesktop/DBus interface=org.freedesktop.DBus member={RequestName,ReleaseName} peer=(name=org.freedesktop.DBus, label=unconfined),",
		"dbus (receive) bus=session peer=(label=unconfined),",
		"dbus (receive) bus=session peer=(label=snap.consumer.app),",
		"dbus (send) bus=session peer=(label=snap.consumer.app),",
	}, []string{"snap.consumer.other", "snap.consumer.*"})
}

// A client talks to the service by its name and joins the service's
// bus; it owns no name, and talks to nothing else on the bus but the bus
// daemon.
func (s *dbusSuite) TestAccesses(c *check.C) {
	for _, bus := range []string{"session", "system"} {
		service := "    bus: " + bus + "\n    name: org.example.Editor\n"
		other := "system"
		if bus == "system" {
			other = "session"
		}
		cn := connectToProvider(c, builtin.Classic, consumerYaml("dbus", service), providerYaml(snap.TypeApp, "dbus", service))
		never := []string{
			"dbus bind bus=" + bus + " name=org.example.Editor",
			"dbus send bus=" + bus + " path=/org/example/Other interface=org.example.Other member=Open name=org.example.Other peer=snap.other.app",
			"dbus send bus=" + bus + " path=/org/gnome/Shell interface=org.gnome.Shell member=Eval name=org.gnome.Shell peer=unconfined",
			"dbus send bus=" + bus + " path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=RequestName name=org.freedesktop.DBus peer=unconfined",
			"dbus send bus=" + bus + " path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=BecomeMonitor name=org.freedesktop.DBus peer=unconfined",
			"dbus eavesdrop bus=" + bus,
			"dbus send bus=" + other + " path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
			"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
			"unix connect stream peer_addr=@/tmp/.ICE-unix/1234 peer=unconfined",
		}
		grants := []string{
			"dbus send bus=" + bus + " path=/org/example/Editor interface=org.example.Editor member=Open name=org.example.Editor peer=snap.provider.service",
			"dbus receive bus=" + bus + " path=/org/example/Editor interface=org.example.Editor member=Changed peer=snap.provider.service",
			"dbus send bus=" + bus + " path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
			"dbus send bus=" + bus + " path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=AddMatch name=org.freedesktop.DBus peer=unconfined",
			"dbus receive bus=" + bus + " path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=NameOwnerChanged peer=unconfined",
		}
		serving := []string{
			"dbus bind bus=" + bus + " name=org.example.Editor",
			"dbus send bus=" + bus + " path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=RequestName name=org.freedesktop.DBus peer=unconfined",
			"dbus receive bus=" + bus + " path=/org/example/Editor interface=org.example.Editor member=Open peer=snap.consumer.app",
			"dbus send bus=" + bus + " path=/org/example/Editor interface=org.example.Editor member=Changed peer=snap.consumer.app",
		}
		if bus == "session" {
			grants = append(grants, "file rw /run/user/1000/bus", "unix connect stream peer_addr=@/tmp/dbus-AbCdEf0123 peer=unconfined")
			never = append(never, "file rw /run/dbus/system_bus_socket", "file rw /run/user/1001/bus !owner")
			serving = append(serving, "file rw /run/user/1000/bus")
		} else {
			grants = append(grants, "file rw /run/dbus/system_bus_socket")
			never = append(never, "file rw /run/user/1000/bus", "unix connect stream peer_addr=@/tmp/dbus-AbCdEf0123 peer=unconfined")
			serving = append(serving, "file rw /run/dbus/system_bus_socket")
		}
		cn.checkAccesses(c, plugTag, grants, never)
		cn.checkAccesses(c, slotTag, serving, []string{
			"dbus bind bus=" + bus + " name=org.example.Other",
			"dbus receive bus=" + bus + " path=/org/example/Editor interface=org.example.Editor member=Open peer=snap.other.app",
		})
	}
}

func (s *dbusSuite) TestSystemBus(c *check.C) {
	service := "    bus: system\n    name: org.example.Daemon\n"
	repo := connectToProvider(c, builtin.Classic, consumerYaml("dbus", service), providerYaml(snap.TypeApp, "dbus", service))
	repo.checkAppArmor(c, "provider", slotTag, []string{"dbus (bind) bus=system name=org.example.Daemon,"}, []string{"bus=session"})
	checkDBusServiceSecComp(c, repo)
}

// checkDBusServiceSecComp checks that the serving app, and it alone,
// may listen and accept, as the reference lets a D-Bus service.
func checkDBusServiceSecComp(c *check.C, cn *connection) {
	_, sc := cn.specs(c, "provider")
	c.Check(sc.SecurityTags(), check.DeepEquals, []string{slotTag})
	checkRules(c, sc.SnippetForTag(slotTag), "listen", "accept", "accept4")
}

func (s *dbusSuite) TestDecisions(c *check.C) {
	checkDecisions(c, "dbus", []decision{
		{plugAttrs: dbusService, provider: true, slotAttrs: dbusService, manual: true, auto: false},
		{plugAttrs: dbusService, provider: true, slotAttrs: dbusService, core: true, manual: true, auto: false},
		{plugAttrs: "    bus: system\n    name: org.example.Editor\n", provider: true, slotAttrs: dbusService, manual: false, auto: false},
		{plugAttrs: "    bus: session\n    name: org.example.Other\n", provider: true, slotAttrs: dbusService, manual: false, auto: false},
	})
}

// dbusCases are the rows both sanitizers refuse alike.
func dbusCases() []attrCase {
	name := func(n interface{}) map[string]interface{} { return map[string]interface{}{"bus": "session", "name": n} }
	return append([]attrCase{
		{nil, `"bus" is required: session or system`},
		{map[string]interface{}{"name": "org.example.X"}, `"bus" is required: session or system`},
		{map[string]interface{}{"bus": "starter", "name": "org.example.X"}, `"bus" must be session or system, not "starter"`},
		{map[string]interface{}{"bus": "session\n"}, `"bus" must be session or system, not "session\\n"`},
		{map[string]interface{}{"bus": true}, `"bus" must be a string`},
		{map[string]interface{}{"bus": "session"}, `"name" is required: the well-known name of the service`},
		{name([]interface{}{"org.example.X"}), `"name" must be a string`},
		{name("org"), `"name": invalid D-Bus bus name: "org"`},
		{name(":1.42"), `"name": invalid D-Bus bus name: ":1.42"`},
		{name("org.example.*"), `"name": invalid D-Bus bus name: "org.example.\*"`},
		{name("org.freedesktop.DBus"), `"org.freedesktop.DBus" is the bus daemon's own name`},
	}, injections("org.example.X", `"name": invalid D-Bus bus name: .*`, func(v string) map[string]interface{} { return name(v) })...)
}

func (s *dbusSuite) TestSanitizers(c *check.C) {
	iface := ifaceByName(c, "dbus")
	checkPlugSanitizer(c, iface.Name(), dbusCases())
	checkSlotSanitizer(c, iface.Name(), snap.TypeApp, dbusCases())
}

func (s *dbusSuite) TestCorpusSlotsPass(c *check.C) {
	for _, attrs := range []string{
		"    bus: session\n    name: org.remmina.Remmina\n",
		"    name: org.kde.kcalc.desktop\n    bus: session\n",
		"    bus: session\n    name: io.snapcraft.SnapDesktopIntegration\n",
	} {
		connectToProvider(c, builtin.Classic, consumerYaml("dbus", attrs), providerYaml(snap.TypeApp, "dbus", attrs))
	}
}
