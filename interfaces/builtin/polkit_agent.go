// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// polkit-agent lets an app be the session's polkit authentication
// agent: the dialog that asks the user for a password when a program
// wants a privileged action. The agent registers with polkitd on the
// system bus (org.freedesktop.PolicyKit1.Authority) for its session;
// polkitd then calls the agent's object
// (org.freedesktop.PolicyKit1.AuthenticationAgent) to begin or cancel an
// authentication. The agent does not check the password itself: it
// hands it to polkit-agent-helper-1, which checks it through PAM, as
// root, and reports the outcome to polkitd. Since polkit 127 the helper
// is a service systemd starts on a socket (/run/polkit/agent-helper.socket);
// before, it is a set-user-id program the agent runs, which this
// interface runs outside the app's AppArmor profile (Ux, with the
// environment scrubbed): under the app's profile it would need the
// shadow file and every PAM module the host configures. The helper
// authenticates only the user polkitd asked about and answers polkitd
// itself, which checks the answer; any local user may run it. It keeps
// the app's seccomp filter, which therefore lets PAM send its audit
// records (NETLINK_AUDIT).
//
// The agent learns its session as sd-login does, from systemd's session
// records. It may not answer polkitd in the helper's place, ask for
// authorizations, revoke them, or run pkexec.
//
// The slot is the system's, on Ubuntu Core only (a classic desktop has
// its own agent). Carrying the plug needs a snap declaration: the agent
// sees the passwords the user types. A connection is then made by hand,
// on either kind of system.

const polkitAgentSummary = `allows operating as the polkit authentication agent`

const polkitAgentConnectedPlugAppArmor = `
# Description: be the session's polkit authentication agent: register
# with polkitd, take its requests, and have polkit's helper check the
# password.

# Register as the agent of the app's session, and unregister; read
# polkitd's properties, and hear when its actions or authorities
# change.
dbus (send)
    bus=system
    path=/org/freedesktop/PolicyKit1/Authority
    interface=org.freedesktop.PolicyKit1.Authority
    member={RegisterAuthenticationAgent,RegisterAuthenticationAgentWithOptions,UnregisterAuthenticationAgent}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (send)
    bus=system
    path=/org/freedesktop/PolicyKit1/Authority
    interface=org.freedesktop.DBus.Properties
    member={Get,GetAll}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=system
    path=/org/freedesktop/PolicyKit1/Authority
    interface=org.freedesktop.PolicyKit1.Authority
    member=Changed
    peer=(label=###SLOT_SECURITY_TAGS###),

# polkitd's calls to the agent's object, wherever the agent exports it:
# begin an authentication (which action, which identities), or cancel
# it.
dbus (receive)
    bus=system
    interface=org.freedesktop.PolicyKit1.AuthenticationAgent
    member={BeginAuthentication,CancelAuthentication}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Find the app's session as sd-login does.
@{run}/systemd/sessions/ r,
@{run}/systemd/sessions/* r,

# Have the password checked: by the socket-activated helper of polkit
# 127 and later, or by running the set-user-id helper of earlier
# releases (where distributions install it) outside the app's profile.
@{run}/polkit/agent-helper.socket rw,
/usr/lib/polkit-1/polkit-agent-helper-1 Uxr,
/usr/libexec/polkit-agent-helper-1 Uxr,
/usr/lib/policykit-1/polkit-agent-helper-1 Uxr,
` + dbusSystemBusAppArmor

const polkitAgentConnectedPlugSecComp = `
# Description: be the session's polkit authentication agent.

# The helper keeps the app's filter; PAM, which it runs, sends the
# authentication's audit records to the kernel.
socket AF_NETLINK - NETLINK_AUDIT
`

func init() {
	registerIface(&commonInterface{
		name:                  "polkit-agent",
		summary:               polkitAgentSummary,
		implicitOn:            implicitOnCoreOnly,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: polkitAgentConnectedPlugAppArmor,
		connectedPlugSecComp:  polkitAgentConnectedPlugSecComp,
	})
}
