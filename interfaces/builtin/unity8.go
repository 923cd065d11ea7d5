// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// unity8 lets an app run as an application of the Unity 8 shell
// (Lomiri), which a snap serves: take part in the shell's application
// lifecycle as ubuntu-app-launch defines it (signals on
// com.canonical.UbuntuAppLaunch at "/": announce that it is starting
// and hear that the shell is ready for it, ask to be focused, and ask to
// be resumed and hear that it was), and open URLs through the shell's
// URL dispatcher (com.canonical.URLDispatcher: dispatch a URL to the
// app that handles it, or test which URLs some app handles). Drawing
// its windows goes through the shell's display server, which is the mir
// interface's.
//
// Only an app snap may carry the slot; it gets policy to own the URL
// dispatcher's name and to take and answer exactly what its clients'
// rules send. Carrying the plug needs a snap declaration: the shell
// treats its applications as its own. A connection is then made by
// hand. Both sides join the session bus with the shared rules
// (dbusSessionBusAppArmor).

const unity8Summary = `allows running as an application of the Unity 8 shell`

// unity8BaseDeclarationSlots: only an app snap (the shell) carries the
// slot, and nothing auto-connects to it; the plug's own rule decides
// connections.
const unity8BaseDeclarationSlots = `
allow-installation:
  slot-snap-type:
    - app
deny-auto-connection: true
`

const unity8ClientAppArmor = `
# The shell's application lifecycle: announce that the app is starting,
# ask to be focused or resumed, and hear that the shell is ready for it
# and has resumed it.
dbus (send)
    bus=session
    path=/
    interface=com.canonical.UbuntuAppLaunch
    member={UnityStartingBroadcast,UnityFocusRequest,UnityResumeRequest}
    peer=(label=###SLOT_SECURITY_TAGS###),
dbus (receive)
    bus=session
    path=/
    interface=com.canonical.UbuntuAppLaunch
    member={UnityStartingSignal,UnityResumeResponse}
    peer=(label=###SLOT_SECURITY_TAGS###),

# The URL dispatcher: open a URL with the app that handles it, or test
# which of some URLs an app handles.
dbus (send)
    bus=session
    path=/com/canonical/URLDispatcher
    interface=com.canonical.URLDispatcher
    member={DispatchURL,TestURL}
    peer=(label=###SLOT_SECURITY_TAGS###),
`

const unity8ConnectedPlugAppArmor = `
# Description: run as an application of the Unity 8 shell.
` + unity8ClientAppArmor + dbusSessionBusAppArmor

var unity8PermanentSlotAppArmor = `
# Description: operate as the Unity 8 shell and its URL dispatcher.

` + dbusOwnNameRules(dbusSessionBus, "com.canonical.URLDispatcher") + dbusCallerIdentityAppArmor + dbusSessionBusAppArmor

var unity8ConnectedSlotAppArmor = dbusServingRules(`
# Description: take a connected application's lifecycle signals and URL
# requests, and answer them.
`, unity8ClientAppArmor)

func init() {
	registerIface(&commonInterface{
		name:                  "unity8",
		summary:               unity8Summary,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  unity8BaseDeclarationSlots,
		connectedPlugAppArmor: unity8ConnectedPlugAppArmor,
		permanentSlotAppArmor: unity8PermanentSlotAppArmor,
		connectedSlotAppArmor: unity8ConnectedSlotAppArmor,
	})
}
