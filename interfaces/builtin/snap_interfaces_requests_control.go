// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// snap-interfaces-requests-control lets an app answer snapd's requests
// for access, as the prompting client does: when AppArmor prompting is
// on and a snap asks for something its rules leave to the user (a file
// in the home directory), snapd holds the request and notices it; the
// client reads the prompts, asks the user, replies, and manages the
// rules the replies left. snapd answers those endpoints (prompts, rules,
// notices, the snaps and their icons, system information) on its API
// socket to a connected snap, so the grant is that socket; snapd checks
// every request itself. Answering for the user whatever any snap asks
// is a trust for one or two vetted snaps: the plug needs a snap
// declaration to install and is connected by hand; the slot is the
// system's.
//
// A plug may name, with "handler-service", the app of its snap that
// handles the requests: snapd starts it, and turns prompting on only
// while such a handler is installed. The attribute must name a daemon
// of the snap. The reference also asks that it be a user daemon
// (daemon-scope: user); snap.yaml as this library reads it has no
// daemon scope, so that part is the daemon's to check. The attribute
// changes no policy text.

const snapInterfacesRequestsControlSummary = `allows answering snapd's requests for access on the user's behalf`

const snapInterfacesRequestsControlConnectedPlugAppArmor = `
# Description: read and answer snapd's requests for access, and manage
# the rules the answers leave.

# snapd's API socket, on which snapd serves the prompting endpoints to a
# connected snap and checks each request itself.
/run/snapd.socket rw,
`

// snapInterfacesRequestsControlInterface adds to the common data a
// check of the plug's handler-service attribute.
type snapInterfacesRequestsControlInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*snapInterfacesRequestsControlInterface)(nil)
	_ interfaces.AttributeDescriber = (*snapInterfacesRequestsControlInterface)(nil)
	_ interfaces.PlugSanitizer      = (*snapInterfacesRequestsControlInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer: handler-service,
// when present, names a daemon of the plug's snap.
func (iface *snapInterfacesRequestsControlInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if err := checkHandlerService(plug); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

func checkHandlerService(plug *snap.PlugInfo) error {
	name, ok, err := stringAttr(plug.Attrs, "handler-service")
	if err != nil || !ok {
		return err
	}
	if err := checkLength(`"handler-service"`, name, snap.MaxAppNameLen); err != nil {
		return err
	}
	var app *snap.AppInfo
	if plug.Snap != nil {
		app = plug.Snap.Apps[name]
	}
	if app == nil {
		return fmt.Errorf(`"handler-service" names %q, which is not an app of the snap`, name)
	}
	if app.Daemon == "" {
		return fmt.Errorf(`"handler-service" names app %q, which is not a daemon`, name)
	}
	return nil
}

// snapInterfacesRequestsControlAttributes describes the plug's
// "handler-service" (checkHandlerService).
var snapInterfacesRequestsControlAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "handler-service", Type: interfaces.AttrTypeString,
		Description: "The app of the snap that handles the requests, which must be a daemon of the snap: snapd starts it, and turns prompting on only while such a handler is installed.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a prompting client", Plug: map[string]interface{}{}},
		{Title: "a prompting client with its handler daemon", Plug: map[string]interface{}{"handler-service": "daemon"}, Daemon: "daemon"},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *snapInterfacesRequestsControlInterface) Attributes() interfaces.AttributeDoc {
	return snapInterfacesRequestsControlAttributes
}

func init() {
	registerIface(&snapInterfacesRequestsControlInterface{commonInterface{
		name:                  "snap-interfaces-requests-control",
		summary:               snapInterfacesRequestsControlSummary,
		docURL:                "https://snapcraft.io/docs/snap-interfaces-requests-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: snapInterfacesRequestsControlConnectedPlugAppArmor,
	}})
}
