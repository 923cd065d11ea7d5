// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// confdb lets a snap read and write configuration through a view of a
// confdb: a store of configuration shared by snaps, whose schema (a
// confdb-schema assertion, signed by the account that owns it) defines
// the views through which snaps see it. The interface was called
// "registry" in earlier releases of the reference. The plug names the
// view:
//
//   - "account" (required): the account that owns the schema, an
//     account id (32 letters and digits) or name (2 to 28 lowercase
//     letters, digits and "-");
//   - "view" (required): "CONFDB/VIEW", the schema's and the view's
//     names (lowercase letters and digits, single "-" between them,
//     starting with a letter);
//   - "role": "custodian" for the snap that validates and keeps the
//     changes others make through the view (never for the "system"
//     account's schemas), or absent for a snap that only uses it.
//
// The slot is the system's. The plug installs anywhere and is connected
// by hand. The app reaches the confdb through snapctl, which the daemon
// answers for the connected views: the interface adds no AppArmor or
// seccomp rule, and nothing else a backend would render.
//
// Where it differs from the reference: the reference auto-connects a
// plug whose "account" is its snap's own publisher; the constraint
// language here has no variable for the plug's publisher inside
// plug-attributes, so such a plug is connected by hand like any other.
// A name is at most 255 bytes.

const confdbSummary = `allows accessing a confdb through a view`

var (
	// confdbAccount is an account id, or an account name.
	confdbAccount = regexp.MustCompile(`^(?:[A-Za-z0-9]{32}|[-a-z0-9]{2,28})$`)
	// confdbName is the name of a confdb schema, or of one of its views.
	confdbName = regexp.MustCompile(`^[a-z](?:-?[a-z0-9])*$`)
)

// confdbPlugKeys are the attributes of a plug.
var confdbPlugKeys = toStringSet("account", "view", "role")

// confdbView checks a plug's attributes.
func confdbView(attrs map[string]interface{}) error {
	for key := range attrs {
		if !confdbPlugKeys[key] {
			return fmt.Errorf("%q is not an attribute of confdb: its plug has account, view and role", key)
		}
	}
	account, ok, err := stringAttr(attrs, "account")
	if err == nil && !ok {
		err = fmt.Errorf(`"account" is required: the account that owns the confdb schema`)
	}
	if err != nil {
		return err
	}
	if !confdbAccount.MatchString(account) {
		return fmt.Errorf(`"account" %q must be an account id (32 letters and digits) or name (2 to 28 lowercase letters, digits and "-")`, account)
	}
	view, ok, err := stringAttr(attrs, "view")
	if err == nil && !ok {
		err = fmt.Errorf(`"view" is required: CONFDB/VIEW`)
	}
	if err != nil {
		return err
	}
	if err := checkLength(`"view"`, view, AttrNameMax); err != nil {
		return err
	}
	schema, name, found := strings.Cut(view, "/")
	if !found || !confdbName.MatchString(schema) || !confdbName.MatchString(name) {
		return fmt.Errorf(`"view" %q must be CONFDB/VIEW, two names of lowercase letters and digits, with single "-" between them, each starting with a letter`, view)
	}
	role, ok, err := stringAttr(attrs, "role")
	if err != nil {
		return err
	}
	if ok && role != "custodian" {
		return fmt.Errorf(`"role" must be "custodian" or left out, not %q`, role)
	}
	if ok && account == "system" {
		return fmt.Errorf(`"role" cannot be "custodian" of a confdb schema of the "system" account`)
	}
	return nil
}

// confdbInterface checks the plug's view; what it grants is the
// daemon's to decide.
type confdbInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*confdbInterface)(nil)
	_ interfaces.PlugSanitizer      = (*confdbInterface)(nil)
	_ interfaces.AttributeDescriber = (*confdbInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *confdbInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if err := confdbView(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// confdbAttributes describes the plug's attributes, which confdbView
// checks.
var confdbAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "account", Type: interfaces.AttrTypeString, Required: true,
		Description: "The account that owns the confdb schema: an account id (32 letters and digits) or an account name (2 to 28 lowercase letters, digits and \"-\").",
	}, {
		Side: "plug", Name: "view", Type: interfaces.AttrTypeString, Required: true,
		Description: fmt.Sprintf("The view the app reads and writes the confdb through, as CONFDB/VIEW: the schema's name and the view's, each of lowercase letters and digits with single \"-\" between them, starting with a letter. At most %d bytes.", AttrNameMax),
	}, {
		Side: "plug", Name: "role", Type: interfaces.AttrTypeString,
		Description: "\"custodian\" for the snap that validates and keeps the changes others make through the view (never for a schema of the \"system\" account); left out for a snap that only uses the view.",
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "an app that reads and writes the wifi settings of a network confdb",
		Plug:  map[string]interface{}{"account": "acme", "view": "network/wifi-setup"},
	}, {
		Title: "the snap that keeps those settings",
		Plug:  map[string]interface{}{"account": "acme", "view": "network/wifi-admin", "role": "custodian"},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *confdbInterface) Attributes() interfaces.AttributeDoc { return confdbAttributes }

func init() {
	registerIface(&confdbInterface{commonInterface{
		name:                 "confdb",
		summary:              confdbSummary,
		implicitOn:           implicitOnAllSystems,
		baseDeclarationSlots: systemSlotNoAutoConnect,
	}})
}
