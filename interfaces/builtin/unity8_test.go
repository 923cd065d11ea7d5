// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
	"github.com/snapiface/snapiface/snap"
)

type unity8Suite struct{ referenceSuite }

var _ = check.Suite(&unity8Suite{referenceSuite{referenceCase{
	name:    "unity8",
	summary: "allows running as an application of the Unity 8 shell",
	plugAppArmor: []string{
		"path=/com/canonical/URLDispatcher\n    interface=com.canonical.URLDispatcher\n    member={DispatchURL,TestURL}\n    peer=(label=PEER),",
		"member={UnityStartingBroadcast,UnityFocusRequest,UnityResumeRequest}\n    peer=(label=PEER),",
	},
	slotAppArmor: []string{
		"dbus (bind) bus=session name=com.canonical.URLDispatcher,",
		"dbus (receive)\n    bus=session\n    path=/com/canonical/URLDispatcher\n    interface=com.canonical.URLDispatcher\n    member={DispatchURL,TestURL}\n    peer=(label=PEER),",
	},
	mustNotGrant:     []string{"bus=system"},
	plugMustNotGrant: []string{"dbus (bind)", "mir_socket"},
}}})

func (s *unity8Suite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "unity8", staticInfo{
		summary: s.summary,
		plugs:   declSuperPrivilegedPlug,
		slots:   "allow-installation:\n  slot-snap-type:\n    - app\ndeny-auto-connection: true",
	})
}

// An application takes part in the shell's lifecycle and opens URLs
// through it; it does not answer for the shell, pose as the
// dispatcher, or reach other services. The shell serves the connected
// application only.
func (s *unity8Suite) TestAccesses(c *check.C) {
	cn := connectToProvider(c, builtin.Classic, consumerYaml("unity8"), providerYaml(snap.TypeApp, "unity8"))
	const ual = "bus=session path=/ interface=com.canonical.UbuntuAppLaunch"
	const url = "bus=session path=/com/canonical/URLDispatcher interface=com.canonical.URLDispatcher name=com.canonical.URLDispatcher"
	cn.checkAccesses(c, plugTag, []string{
		"dbus send " + ual + " member=UnityStartingBroadcast peer=" + slotTag,
		"dbus send " + ual + " member=UnityResumeRequest peer=" + slotTag,
		"dbus receive " + ual + " member=UnityResumeResponse peer=" + slotTag,
		"dbus receive " + ual + " member=UnityStartingSignal peer=" + slotTag,
		"dbus send " + url + " member=DispatchURL peer=" + slotTag,
	}, []string{
		"dbus send " + ual + " member=UnityResumeResponse peer=" + slotTag,
		"dbus send " + ual + " member=UnityStartingSignal peer=" + slotTag,
		"dbus send " + ual + " member=UnityStartingBroadcast peer=unconfined",
		"dbus send " + url + " member=DispatchURL peer=unconfined",
		"dbus bind bus=session name=com.canonical.URLDispatcher",
		"dbus send bus=session path=/com/canonical/Unity/Session interface=com.canonical.Unity.Session member=RequestShutdown name=com.canonical.Unity peer=" + slotTag,
	})
	cn.checkAccesses(c, slotTag, []string{
		"dbus bind bus=session name=com.canonical.URLDispatcher",
		"dbus receive " + ual + " member=UnityFocusRequest peer=" + plugTag,
		"dbus send " + ual + " member=UnityResumeResponse peer=" + plugTag,
		"dbus receive bus=session path=/com/canonical/URLDispatcher interface=com.canonical.URLDispatcher member=TestURL peer=" + plugTag,
	}, []string{
		"dbus receive " + ual + " member=UnityFocusRequest peer=snap.other.app",
		"dbus send " + ual + " member=UnityResumeResponse peer=snap.other.app",
	})
}
