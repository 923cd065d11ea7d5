// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// polkit lets a privileged service of a snap ask the host's polkit
// whether its callers may do what they ask, as system services do: the
// service declares its own polkit actions, and asks polkit about a
// caller and an action (CheckAuthorization), which may have polkit's
// agent ask the user to authenticate. The plug names, with
// "action-prefix", the prefix of every action the snap declares
// (org.example.foo for org.example.foo.configure): the actions are
// polkit's, system-wide, and the prefix keeps a snap to its own. Which
// actions it may ask about, AppArmor cannot tell apart (the action is
// an argument of the call); the prefix bounds what the snap declares.
// The system offers the slot on classic distributions, where polkit
// runs; the plug needs a snap declaration to install, since a declared
// action may be granted to anyone, and is connected by hand.
//
// Not rendered here: polkit. The reference installs the snap's policy
// files (meta/polkit/polkit.PLUG.policy) for polkit on connection,
// after checking that each action they declare starts with the plug's
// action-prefix; a daemon using this library installs them itself, and
// refuses a file whose actions leave the prefix.
//
// The prefix must look like a D-Bus name, as polkit's own actions do:
// at least two dot-separated elements of lowercase letters, digits and
// "-", each starting with a letter, at most AttrNameMax bytes. polkit
// takes action ids of lowercase letters, digits, "." and "-" only; the
// first letter of each element and the second element keep a prefix
// from being so short ("org", "a.") that it spans other vendors'
// actions.

const polkitSummary = `allows asking polkit whether callers may perform the snap's own actions`

const polkitConnectedPlugAppArmor = `
# Description: ask the host's polkit whether a caller may perform one
# of the snap's actions.

# Ask about a caller and an action (CheckAuthorization), cancel a
# question still pending, and list the registered actions.
dbus (send)
    bus=system
    path=/org/freedesktop/PolicyKit1/Authority
    interface=org.freedesktop.PolicyKit1.Authority
    member={CheckAuthorization,CancelCheckAuthorization,EnumerateActions}
    peer=(label=###SLOT_SECURITY_TAGS###),

# Read which back end answers and what it supports, and hear when the
# policy changes, to ask again.
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
` + dbusSystemBusAppArmor

// polkitActionPrefix is what an action-prefix must look like.
var polkitActionPrefix = regexp.MustCompile(`^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$`)

// polkitInterface adds to the common data a check of the plug's
// action-prefix attribute.
type polkitInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*polkitInterface)(nil)
	_ interfaces.AttributeDescriber = (*polkitInterface)(nil)
	_ interfaces.PlugSanitizer      = (*polkitInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer: action-prefix
// is required and must look like a D-Bus name of lowercase elements.
func (iface *polkitInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := polkitActionPrefixAttr(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// polkitActionPrefixAttr reads and checks the action-prefix attribute.
func polkitActionPrefixAttr(attrs map[string]interface{}) (string, error) {
	prefix, ok, err := stringAttr(attrs, "action-prefix")
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf(`"action-prefix" must be set to the prefix of the snap's polkit actions`)
	}
	if err := checkLength(`"action-prefix"`, prefix, AttrNameMax); err != nil {
		return "", err
	}
	if !polkitActionPrefix.MatchString(prefix) {
		return "", fmt.Errorf(`"action-prefix" %q must be two or more dot-separated elements of lowercase letters, digits and "-", each starting with a letter`, prefix)
	}
	return prefix, nil
}

// polkitAttributes describes the plug's "action-prefix"
// (polkitActionPrefixAttr).
var polkitAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "action-prefix", Type: interfaces.AttrTypeString, Required: true,
		Description: fmt.Sprintf("The prefix of every polkit action the snap declares: two or more dot-separated elements of lowercase letters, digits and \"-\", each starting with a letter, at most %d bytes.", AttrNameMax),
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "a service whose actions start with org.example.foo", Plug: map[string]interface{}{"action-prefix": "org.example.foo"}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *polkitInterface) Attributes() interfaces.AttributeDoc { return polkitAttributes }

func init() {
	registerIface(&polkitInterface{commonInterface{
		name:                  "polkit",
		summary:               polkitSummary,
		docURL:                "https://snapcraft.io/docs/polkit-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationPlugs:  superPrivilegedPlug,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendPolkit},
		connectedPlugAppArmor: polkitConnectedPlugAppArmor,
	}})
}
