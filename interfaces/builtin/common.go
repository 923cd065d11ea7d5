// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// implicitSystems says on which systems the system snap carries an
// implicit slot of an interface.
type implicitSystems string

// The values of implicitSystems.
const (
	notImplicit          implicitSystems = ""
	implicitOnCoreOnly   implicitSystems = "core"
	implicitOnClassic    implicitSystems = "classic"
	implicitOnAllSystems implicitSystems = "core classic"
)

// Placeholders that connected policy text of a commonInterface may use
// for the AppArmor label of the other side of the connection.
const (
	plugLabelPlaceholder = "###PLUG_SECURITY_TAGS###"
	slotLabelPlaceholder = "###SLOT_SECURITY_TAGS###"
)

// commonInterface is a static interface as data: its name, summary,
// base-declaration fragments and policy text. Interfaces with behaviour
// embed it and add methods of their own.
type commonInterface struct {
	name       string
	summary    string
	docURL     string
	implicitOn implicitSystems

	baseDeclarationPlugs string
	baseDeclarationSlots string

	connectedPlugAppArmor string
	connectedPlugSecComp  string
	connectedSlotAppArmor string
	connectedSlotSecComp  string
	permanentPlugAppArmor string
	permanentPlugSecComp  string
	permanentSlotAppArmor string
	permanentSlotSecComp  string
}

var (
	_ apparmor.ConnectedPlugDefiner = (*commonInterface)(nil)
	_ apparmor.ConnectedSlotDefiner = (*commonInterface)(nil)
	_ apparmor.PermanentPlugDefiner = (*commonInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*commonInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*commonInterface)(nil)
	_ seccomp.ConnectedSlotDefiner  = (*commonInterface)(nil)
	_ seccomp.PermanentPlugDefiner  = (*commonInterface)(nil)
	_ seccomp.PermanentSlotDefiner  = (*commonInterface)(nil)
)

// Name implements interfaces.Interface.
func (iface *commonInterface) Name() string { return iface.name }

// StaticInfo implements interfaces.Interface.
func (iface *commonInterface) StaticInfo() interfaces.StaticInfo {
	return interfaces.StaticInfo{
		Summary:              iface.summary,
		DocURL:               iface.docURL,
		ImplicitOnCore:       strings.Contains(string(iface.implicitOn), "core"),
		ImplicitOnClassic:    strings.Contains(string(iface.implicitOn), "classic"),
		BaseDeclarationPlugs: iface.baseDeclarationPlugs,
		BaseDeclarationSlots: iface.baseDeclarationSlots,
	}
}

// AutoConnect implements interfaces.Interface: the base declaration
// alone decides.
func (iface *commonInterface) AutoConnect(*snap.PlugInfo, *snap.SlotInfo) bool { return true }

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *commonInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.AddSnippet(withPeerLabels(iface.connectedPlugAppArmor, plug, slot))
	return nil
}

// AppArmorConnectedSlot implements apparmor.ConnectedSlotDefiner.
func (iface *commonInterface) AppArmorConnectedSlot(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.AddSnippet(withPeerLabels(iface.connectedSlotAppArmor, plug, slot))
	return nil
}

// AppArmorPermanentPlug implements apparmor.PermanentPlugDefiner.
func (iface *commonInterface) AppArmorPermanentPlug(spec *apparmor.Specification, plug *snap.PlugInfo) error {
	spec.AddSnippet(iface.permanentPlugAppArmor)
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner.
func (iface *commonInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	spec.AddSnippet(iface.permanentSlotAppArmor)
	return nil
}

// SecCompConnectedPlug implements seccomp.ConnectedPlugDefiner.
func (iface *commonInterface) SecCompConnectedPlug(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.AddSnippet(iface.connectedPlugSecComp)
	return nil
}

// SecCompConnectedSlot implements seccomp.ConnectedSlotDefiner.
func (iface *commonInterface) SecCompConnectedSlot(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	spec.AddSnippet(iface.connectedSlotSecComp)
	return nil
}

// SecCompPermanentPlug implements seccomp.PermanentPlugDefiner.
func (iface *commonInterface) SecCompPermanentPlug(spec *seccomp.Specification, plug *snap.PlugInfo) error {
	spec.AddSnippet(iface.permanentPlugSecComp)
	return nil
}

// SecCompPermanentSlot implements seccomp.PermanentSlotDefiner.
func (iface *commonInterface) SecCompPermanentSlot(spec *seccomp.Specification, slot *snap.SlotInfo) error {
	spec.AddSnippet(iface.permanentSlotSecComp)
	return nil
}

// withPeerLabels fills in the label placeholders of connected policy
// text; text without placeholders is returned as it is, unallocated.
func withPeerLabels(text string, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) string {
	if !strings.Contains(text, "###") {
		return text
	}
	// Labels are "unconfined" or built from validated names: they cannot
	// hold a placeholder, so replacing one after the other is replacing
	// both at once, without building a Replacer for every connection.
	if strings.Contains(text, plugLabelPlaceholder) {
		text = strings.ReplaceAll(text, plugLabelPlaceholder, plugLabel(plug))
	}
	if strings.Contains(text, slotLabelPlaceholder) {
		text = strings.ReplaceAll(text, slotLabelPlaceholder, slotLabel(slot))
	}
	return text
}

// slotLabel is the AppArmor label of the processes serving a slot: the
// host's own, unconfined, for a slot of the system snap.
func slotLabel(slot *interfaces.ConnectedSlot) string {
	if isSystemSnap(slot.Snap()) {
		return "unconfined"
	}
	return quoteLabel(slot.LabelExpression())
}

// quoteLabel quotes a label expression that holds an alternation
// ("snap.x.{a,b}"): unquoted, the parser splits peer=(label=...) of
// unix and dbus rules at its comma. Quoted, every rule kind that names
// a peer accepts it.
func quoteLabel(label string) string {
	if strings.Contains(label, ",") {
		return `"` + label + `"`
	}
	return label
}

// plugLabel is the AppArmor label of the processes using a plug.
func plugLabel(plug *interfaces.ConnectedPlug) string {
	if isSystemSnap(plug.Snap()) {
		return "unconfined"
	}
	return quoteLabel(plug.LabelExpression())
}

// optionalRulesInterface is an interface whose plug takes one optional
// attribute that, when set, adds rules to the connected plug policy
// (home's "read: all", optical-drive's "write: true"). attrSet checks
// the attribute and says whether it is set; the common connected plug
// text always applies.
type optionalRulesInterface struct {
	commonInterface
	attrSet       func(attrs map[string]interface{}) (bool, error)
	extraAppArmor string
}

var (
	_ interfaces.Interface          = (*optionalRulesInterface)(nil)
	_ interfaces.PlugSanitizer      = (*optionalRulesInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*optionalRulesInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *optionalRulesInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := iface.attrSet(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *optionalRulesInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	set, err := iface.attrSet(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	spec.AddSnippet(iface.connectedPlugAppArmor)
	if set {
		spec.AddSnippet(iface.extraAppArmor)
	}
	return nil
}
