// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type polkitAgentSuite struct{ referenceSuite }

var _ = check.Suite(&polkitAgentSuite{referenceSuite{referenceCase{
	name:    "polkit-agent",
	summary: "allows operating as the polkit authentication agent",
	plugAppArmor: []string{
		"member={RegisterAuthenticationAgent,RegisterAuthenticationAgentWithOptions,UnregisterAuthenticationAgent}\n    peer=(label=PEER),",
		"/usr/lib/polkit-1/polkit-agent-helper-1 Uxr,",
		"@{run}/polkit/agent-helper.socket rw,",
	},
	plugSecComp: []string{"socket AF_NETLINK - NETLINK_AUDIT"},
	// The helper answers polkitd, not the agent; the agent asks for no
	// authorization and runs no privileged program of its own.
	mustNotGrant: []string{"AuthenticationAgentResponse", "CheckAuthorization", "RevokeTemporaryAuthorization", "pkexec", "shadow", "bus=session", "dbus (bind)"},
}}})

func (s *polkitAgentSuite) TestStaticInfoDeclaration(c *check.C) {
	checkStaticInfo(c, "polkit-agent", staticInfo{
		summary: s.summary, implicitOnCore: true,
		plugs: declSuperPrivilegedPlug, slots: declSystemSlotNoAutoConnect,
	})
}

// The agent registers with polkitd, takes its requests and has the
// helper check the password, outside its profile or through the
// helper's socket; it does not answer polkitd in the helper's place,
// ask for or revoke authorizations, read the shadow file, or run other
// set-user-id programs.
func (s *polkitAgentSuite) TestAccesses(c *check.C) {
	cn := connectToSystem(c, builtin.Core, consumerYaml("polkit-agent"))
	const authority = "bus=system path=/org/freedesktop/PolicyKit1/Authority name=org.freedesktop.PolicyKit1 peer=unconfined"
	cn.checkAccesses(c, plugTag, []string{
		"file rw /run/dbus/system_bus_socket",
		"dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined",
		"dbus send " + authority + " interface=org.freedesktop.PolicyKit1.Authority member=RegisterAuthenticationAgentWithOptions",
		"dbus send " + authority + " interface=org.freedesktop.PolicyKit1.Authority member=UnregisterAuthenticationAgent",
		"dbus send " + authority + " interface=org.freedesktop.DBus.Properties member=Get",
		"dbus receive bus=system path=/org/freedesktop/PolicyKit1/AuthenticationAgent interface=org.freedesktop.PolicyKit1.AuthenticationAgent member=BeginAuthentication peer=unconfined",
		"dbus receive bus=system path=/org/kde/PolicyKit1/AuthenticationAgent interface=org.freedesktop.PolicyKit1.AuthenticationAgent member=CancelAuthentication peer=unconfined",
		"file r /run/systemd/sessions/3",
		"file rw /run/polkit/agent-helper.socket",
		"exec /usr/lib/polkit-1/polkit-agent-helper-1 Ux",
		"exec /usr/libexec/polkit-agent-helper-1 Ux",
	}, []string{
		"dbus send " + authority + " interface=org.freedesktop.PolicyKit1.Authority member=AuthenticationAgentResponse2",
		"dbus send " + authority + " interface=org.freedesktop.PolicyKit1.Authority member=CheckAuthorization",
		"dbus send " + authority + " interface=org.freedesktop.PolicyKit1.Authority member=RevokeTemporaryAuthorizations",
		"dbus receive bus=system path=/org/freedesktop/PolicyKit1/AuthenticationAgent interface=org.freedesktop.PolicyKit1.AuthenticationAgent member=BeginAuthentication peer=snap.other.app",
		"dbus bind bus=system name=org.freedesktop.PolicyKit1",
		"exec /usr/bin/pkexec",
		"exec /usr/bin/sudo",
		"exec /usr/sbin/unix_chkpwd",
		"file r /etc/shadow",
		"file w /run/systemd/sessions/3",
		"file rw /run/user/1000/bus",
	})
}
