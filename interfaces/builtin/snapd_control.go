// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// snapd-control lets an app manage snaps through snapd's full API:
// install, remove, refresh and configure snaps and change the system's
// snap settings, as device management agents of brand stores do. That
// is as much as installing any snap with any confinement, so the plug
// needs a snap declaration to install and is connected by hand; the slot
// is the system's.
//
// The grant is the API socket and nothing else: snapd checks each
// request itself, and the app gets no access to snapd's state, the
// installed snaps or their security profiles on disk.
//
// A plug may say refresh-schedule: managed, telling snapd that the app
// takes over when snaps refresh (the system setting refresh.timer=managed
// then takes effect). It is the attribute's only value; it changes no
// policy text.

const snapdControlSummary = `allows managing snaps through snapd's API`

const snapdControlConnectedPlugAppArmor = `
# Description: manage snaps through snapd's full API.

# snapd's API socket. Every profile already reaches the restricted
# socket snaps use among themselves; this is the one that installs,
# removes, refreshes and configures snaps.
/run/snapd.socket rw,
`

// snapdControlInterface adds to the common data a check of the plug's
// refresh-schedule attribute.
type snapdControlInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*snapdControlInterface)(nil)
	_ interfaces.AttributeDescriber = (*snapdControlInterface)(nil)
	_ interfaces.PlugSanitizer      = (*snapdControlInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer: refresh-schedule,
// when present, must be the string "managed".
func (iface *snapdControlInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	value, ok, err := stringAttr(plug.Attrs, "refresh-schedule")
	if err == nil && ok && value != "managed" {
		err = fmt.Errorf("%q must be \"managed\", not %q", "refresh-schedule", value)
	}
	if err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// snapdControlAttributes describes the plug's "refresh-schedule".
var snapdControlAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "refresh-schedule", Type: interfaces.AttrTypeString,
		Description: "\"managed\", its only value, tells snapd that the app decides when snaps refresh. It changes no policy text.",
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a device management agent", Plug: map[string]interface{}{}},
		{Title: "an agent that schedules refreshes", Plug: map[string]interface{}{"refresh-schedule": "managed"}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *snapdControlInterface) Attributes() interfaces.AttributeDoc {
	return snapdControlAttributes
}

func init() {
	registerIface(&snapdControlInterface{commonInterface{
		name:                  "snapd-control",
		summary:               snapdControlSummary,
		docURL:                "https://snapcraft.io/docs/snapd-control-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: snapdControlConnectedPlugAppArmor,
	}})
}
