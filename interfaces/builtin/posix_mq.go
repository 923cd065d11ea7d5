// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// posix-mq lets snaps share POSIX message queues (mq_overview(7)). A
// providing snap's slot names the queues in "path" (one name, or a list
// of names used together, each "/NAME"), says in "permissions" what a
// connected plug may do with them (read, write, create, delete; read
// and write by default), and carries a "posix-mq" tag, the slot's name
// by default, that a plug must repeat to connect. The provider creates,
// uses and removes its queues; a connected plug gets what the
// permissions say. Carrying the slot needs a snap declaration (its
// queue names could be another program's); a plug installs anywhere,
// connects to a slot with its tag, and auto-connects to one of the
// same publisher.
//
// The AppArmor rules are "mqueue" rules, which only ABI 4.0 has: they
// are added with AddFeatureSnippet(apparmor.FeatureMqueue, ...), and a
// profile gets them where the host's AppArmor mediates message queues.
// On an ABI 3.0 host they are left out, and AppArmor does not mediate
// message queues at all: the app may open any queue of the host's IPC
// namespace (which snaps share) whose owner and mode let it, whatever
// its name. Only the seccomp rules hold there, and they follow the
// permissions: without "create" mq_open may not create a queue, without
// "delete" mq_unlink is refused, receiving needs "read" (and an open for
// reading) and sending "write". The reference refuses posix-mq plugs
// and slots on a host whose parser lacks the mqueue feature; the
// sanitizers here do not see the host, so a daemon that wants the same
// refuses such connections itself where
// Host.Features.Supports(apparmor.FeatureMqueue) is false.
//
// Where it differs from the reference:
//   - The plug must name its "posix-mq" tag; the reference defaults it to
//     the plug's name. The reference's facts (taken with a parser
//     without the mqueue feature, where it refuses every posix-mq plug)
//     record that a bare plug is refused; so is one here, for the reason
//     that a plug must say whose queues it wants.
//   - Queue names are letters, digits, "_", "." and "-" after the slash,
//     not starting with "."; the reference takes any name without a
//     further slash. AppArmor and seccomp would read no other character
//     as a literal anyway, and a name is at most 255 bytes (NAME_MAX).
//   - On ABI 3.0, which Describe and the reference's facts reflect, the
//     plug has no AppArmor rule (see above); the reference's facts say
//     it has one.

const posixMQSummary = `allows sharing POSIX message queues between snaps`

const posixMQBaseDeclarationSlots = `
allow-installation: false
allow-connection:
  plug-attributes:
    posix-mq: $SLOT(posix-mq)
allow-auto-connection:
  plug-publisher-id:
    - $SLOT_PUBLISHER_ID
  plug-attributes:
    posix-mq: $SLOT(posix-mq)
`

const posixMQPermanentSlotAppArmor = `
# Description: create, use and remove the POSIX message queues the slot
# shares (AppArmor of ABI 4.0 mediates message queues).
`

const posixMQConnectedPlugAppArmor = `
# Description: use the POSIX message queues of the connected slot, as
# the slot's permissions allow (AppArmor of ABI 4.0 mediates message
# queues).
`

const posixMQPermanentSlotSecComp = `
# Description: create, use and remove the POSIX message queues the slot
# shares.

# Create and open queues, send and receive messages, be notified of
# them, read and set a queue's attributes, and remove queues.
mq_open
mq_unlink
mq_timedsend
mq_timedsend_time64
mq_timedreceive
mq_timedreceive_time64
mq_notify
mq_getsetattr
`

const posixMQConnectedPlugSecComp = `
# Description: use the POSIX message queues of the connected slot, as
# the slot's permissions allow.

# Read a queue's attributes and set the descriptor's O_NONBLOCK, and be
# notified when a message arrives.
mq_getsetattr
mq_notify
`

// The permissions a slot may give its plugs.
const (
	posixMQRead   = "read"
	posixMQWrite  = "write"
	posixMQCreate = "create"
	posixMQDelete = "delete"
)

// posixMQName is a queue name after its slash: no further slash, no
// glob, not starting with ".".
var posixMQName = regexp.MustCompile(`^/[A-Za-z0-9_][A-Za-z0-9_.-]*$`)

// posixMQSlot is what a slot shares.
type posixMQSlot struct {
	paths []string
	perms map[string]bool
}

// posixMQPaths reads the slot's "path": a queue name, or a list of them.
func posixMQPaths(attrs map[string]interface{}) ([]string, error) {
	var paths, whats []string
	switch raw := attrs["path"].(type) {
	case string:
		paths, whats = []string{raw}, []string{"path"}
	case []interface{}:
		list, err := stringListAttr(attrs, "path")
		if err != nil {
			return nil, err
		}
		if len(list) == 0 {
			return nil, fmt.Errorf(`"path" must list at least one message queue`)
		}
		paths = list
		for i := range list {
			whats = append(whats, fmt.Sprintf("path[%d]", i))
		}
	case nil:
		return nil, fmt.Errorf(`"path" must name a message queue ("/NAME") or list several`)
	default:
		return nil, fmt.Errorf(`"path" must be a string or a list of strings`)
	}
	for i, p := range paths {
		if err := checkLength(whats[i], p, AttrNameMax); err != nil {
			return nil, err
		}
		if !posixMQName.MatchString(p) {
			return nil, fmt.Errorf(`%s %q must be a message queue's name: "/", then letters, digits, "_", "." and "-", not starting with "."`, whats[i], p)
		}
	}
	return paths, nil
}

// posixMQPerms reads the slot's "permissions", read and write by
// default.
func posixMQPerms(attrs map[string]interface{}) (map[string]bool, error) {
	if _, ok := attrs["permissions"]; !ok {
		return map[string]bool{posixMQRead: true, posixMQWrite: true}, nil
	}
	list, err := stringListAttr(attrs, "permissions")
	if err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, fmt.Errorf(`"permissions" must list at least one of read, write, create and delete`)
	}
	perms := make(map[string]bool, len(list))
	for _, p := range list {
		switch p {
		case posixMQRead, posixMQWrite, posixMQCreate, posixMQDelete:
			perms[p] = true
		default:
			return nil, fmt.Errorf(`"permissions" lists %q: want read, write, create or delete`, p)
		}
	}
	return perms, nil
}

// posixMQTag reads the "posix-mq" tag.
func posixMQTag(attrs map[string]interface{}) (string, bool, error) {
	tag, ok, err := stringAttr(attrs, "posix-mq")
	if err == nil && ok {
		err = validateTag(`"posix-mq"`, tag)
	}
	return tag, ok, err
}

// posixMQSlotAttrs checks a slot's attributes and returns what it
// shares.
func posixMQSlotAttrs(attrs map[string]interface{}) (*posixMQSlot, error) {
	if _, _, err := posixMQTag(attrs); err != nil {
		return nil, err
	}
	paths, err := posixMQPaths(attrs)
	if err != nil {
		return nil, err
	}
	perms, err := posixMQPerms(attrs)
	if err != nil {
		return nil, err
	}
	return &posixMQSlot{paths: paths, perms: perms}, nil
}

// posixMQPlugAttrs checks a plug's attributes: its tag, required.
func posixMQPlugAttrs(attrs map[string]interface{}) error {
	for _, key := range []string{"path", "permissions"} {
		if _, ok := attrs[key]; ok {
			return fmt.Errorf("%q is a slot attribute", key)
		}
	}
	_, ok, err := posixMQTag(attrs)
	if err == nil && !ok {
		err = fmt.Errorf(`"posix-mq" must name the tag of the slot whose queues the plug uses`)
	}
	return err
}

// mqueueRules returns an mqueue rule granting perms on each queue.
func mqueueRules(description, perms string, paths []string) string {
	var b strings.Builder
	b.WriteString(description)
	b.WriteString("\n# The queues, by name.\n")
	for _, p := range paths {
		fmt.Fprintf(&b, "mqueue (%s) type=posix %s,\n", perms, p)
	}
	return b.String()
}

// aaPerms returns the mqueue permissions of a plug: opening a queue and
// reading and setting its attributes, and those the slot lists.
func (s *posixMQSlot) aaPerms() string {
	perms := []string{"open", "getattr", "setattr"}
	for _, p := range []string{posixMQRead, posixMQWrite, posixMQCreate, posixMQDelete} {
		if s.perms[p] {
			perms = append(perms, p)
		}
	}
	return strings.Join(perms, ", ")
}

// The bits of mq_open's flags (its second argument) that the seccomp
// rules look at: the access mode (O_RDONLY 0, O_WRONLY 1, O_RDWR 2)
// and O_CREAT.
const (
	mqAccessMode = 0x3
	mqCreate     = 0x40
)

// openRule returns the mq_open rule of a plug: the access modes its
// permissions allow (any when it may read and write, else O_RDONLY or
// O_WRONLY; O_RDONLY when it may only create), and O_CREAT only with
// "create". A plug that may neither read, write nor create opens no
// queue.
func (s *posixMQSlot) openRule() (rule, why string) {
	read, write, create := s.perms[posixMQRead], s.perms[posixMQWrite], s.perms[posixMQCreate]
	var mask, mode int
	switch {
	case read && write:
		why = "for reading and writing"
	case write:
		why, mask, mode = "for writing only (O_WRONLY)", mqAccessMode, 1
	case read || create:
		why, mask, mode = "for reading only (O_RDONLY)", mqAccessMode, 0
	default:
		return "", ""
	}
	if create {
		why += ", creating them if need be"
	} else {
		why += ", never creating one (O_CREAT)"
		mask |= mqCreate
	}
	if mask == 0 {
		return "mq_open", why
	}
	return fmt.Sprintf("mq_open - &%#x=%d", mask, mode), why
}

// secCompRules returns the seccomp rules of a plug beyond the common
// ones: mq_open as openRule says, and the calls of each permission.
func (s *posixMQSlot) secCompRules() string {
	var b strings.Builder
	if rule, why := s.openRule(); rule != "" {
		fmt.Fprintf(&b, "\n# Open the queues %s.\n%s\n", why, rule)
	}
	if s.perms[posixMQRead] {
		b.WriteString("\n# Receive messages.\nmq_timedreceive\nmq_timedreceive_time64\n")
	}
	if s.perms[posixMQWrite] {
		b.WriteString("\n# Send messages.\nmq_timedsend\nmq_timedsend_time64\n")
	}
	if s.perms[posixMQDelete] {
		b.WriteString("\n# Remove queues.\nmq_unlink\n")
	}
	return b.String()
}

// posixMQInterface checks both sides' attributes and renders the rules
// of the queues a slot shares.
type posixMQInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*posixMQInterface)(nil)
	_ interfaces.AttributeDescriber = (*posixMQInterface)(nil)
	_ interfaces.PlugSanitizer      = (*posixMQInterface)(nil)
	_ interfaces.SlotSanitizer      = (*posixMQInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*posixMQInterface)(nil)
	_ apparmor.PermanentSlotDefiner = (*posixMQInterface)(nil)
	_ seccomp.ConnectedPlugDefiner  = (*posixMQInterface)(nil)
	_ seccomp.PermanentSlotDefiner  = (*posixMQInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *posixMQInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if err := posixMQPlugAttrs(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer. The slot gets
// its tag, the slot name by default.
func (iface *posixMQInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, err := posixMQSlotAttrs(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	if _, ok := slot.Attrs["posix-mq"]; !ok {
		setDefaultAttr(&slot.Attrs, "posix-mq", slot.Name)
	}
	return nil
}

// AutoConnect implements interfaces.Interface: a plug goes to a slot
// with its tag.
func (iface *posixMQInterface) AutoConnect(plug *snap.PlugInfo, slot *snap.SlotInfo) bool {
	tag, ok, err := posixMQTag(plug.Attrs)
	return err == nil && ok && slot.Attrs["posix-mq"] == tag
}

// connected checks both sides of a connection and returns what the slot
// shares.
func (iface *posixMQInterface) connected(plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) (*posixMQSlot, error) {
	if err := posixMQPlugAttrs(plug.StaticAttrs()); err != nil {
		return nil, plugAttrError(plug.PlugInfo(), err)
	}
	shared, err := posixMQSlotAttrs(slot.StaticAttrs())
	if err != nil {
		return nil, slotAttrError(slot.SlotInfo(), err)
	}
	return shared, nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner: the
// plug's mqueue rules, for hosts of ABI 4.0.
func (iface *posixMQInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	shared, err := iface.connected(plug, slot)
	if err != nil {
		return err
	}
	spec.AddFeatureSnippet(apparmor.FeatureMqueue, mqueueRules(posixMQConnectedPlugAppArmor, shared.aaPerms(), shared.paths))
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner: the
// provider's mqueue rules, for hosts of ABI 4.0.
func (iface *posixMQInterface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	shared, err := posixMQSlotAttrs(slot.Attrs)
	if err != nil {
		return slotAttrError(slot, err)
	}
	spec.AddFeatureSnippet(apparmor.FeatureMqueue, mqueueRules(posixMQPermanentSlotAppArmor, "create, delete, open, getattr, setattr, read, write", shared.paths))
	return nil
}

// SecCompConnectedPlug implements seccomp.ConnectedPlugDefiner.
func (iface *posixMQInterface) SecCompConnectedPlug(spec *seccomp.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	shared, err := iface.connected(plug, slot)
	if err != nil {
		return err
	}
	spec.AddSnippet(posixMQConnectedPlugSecComp + shared.secCompRules())
	return nil
}

// SecCompPermanentSlot implements seccomp.PermanentSlotDefiner.
func (iface *posixMQInterface) SecCompPermanentSlot(spec *seccomp.Specification, slot *snap.SlotInfo) error {
	if _, err := posixMQSlotAttrs(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	spec.AddSnippet(posixMQPermanentSlotSecComp)
	return nil
}

// posixMQAttributes describes both sides' attributes
// (posixMQPlugAttrs, posixMQSlotAttrs).
var posixMQAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "posix-mq", Type: interfaces.AttrTypeString, Required: true,
		Description: "The tag of the slot whose queues the plug wants; it connects to a slot with that tag. " + attrDocTag,
	}, {
		Side: "slot", Name: "posix-mq", Type: interfaces.AttrTypeString, Default: "the slot's name",
		Description: "The tag plugs must repeat to connect. " + attrDocTag,
	}, {
		Side: "slot", Name: "path", Type: interfaces.AttrTypeStringOrList, Required: true,
		Description: fmt.Sprintf("The queue, or the queues used together: each \"/\" followed by letters, digits, \"_\", \".\" and \"-\", not starting with \".\", at most %d bytes.", AttrNameMax),
	}, {
		Side: "slot", Name: "permissions", Type: interfaces.AttrTypeStringList, Default: "read and write",
		Description: "What a connected plug may do with the queues: read, write, create and delete, at least one.",
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "a queue shared with the default permissions",
		Plug:  map[string]interface{}{"posix-mq": "jobs"},
		Slot:  map[string]interface{}{"posix-mq": "jobs", "path": "/jobs"},
	}, {
		Title: "two queues that plugs may also create and delete",
		Plug:  map[string]interface{}{"posix-mq": "jobs"},
		Slot:  map[string]interface{}{"posix-mq": "jobs", "path": []interface{}{"/jobs", "/results"}, "permissions": []interface{}{"read", "write", "create", "delete"}},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *posixMQInterface) Attributes() interfaces.AttributeDoc { return posixMQAttributes }

func init() {
	registerIface(&posixMQInterface{commonInterface{
		name:                 "posix-mq",
		summary:              posixMQSummary,
		implicitOn:           notImplicit,
		baseDeclarationSlots: posixMQBaseDeclarationSlots,
	}})
}
