// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"path"
	"regexp"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// pkcs11 lets an app use PKCS#11 tokens (keys kept in a TPM, a trusted
// execution environment such as OP-TEE, a hardware security module)
// that a p11-kit server exposes: the app loads p11-kit's client module,
// which forwards every PKCS#11 call to the server over a unix socket,
// and never touches the token itself. A slot names its server's socket
// with the attribute pkcs11-socket, /run/p11-kit/pkcs11-NAME; a
// connected plug gets that socket and no other, whatever else the slot
// says. The snap carrying the slot runs the server: it makes the socket,
// listens and accepts there, and loads the PKCS#11 modules that reach
// the token (which may take an interface of their own, such as tee or
// tpm).
//
// No snap may carry a slot without a snap declaration (it is usually a
// gadget's, for the tokens of its board); there is no system slot. A
// plug installs anywhere and is connected by hand: a token signs and
// decrypts for whoever reaches it.
//
// The socket must be directly in /run/p11-kit and named pkcs11- then
// letters, digits, ".", "_" or "-"; the whole path fits a unix socket
// address (107 bytes). Anything else is refused when the slot's snap is
// added, and again by the plug's hook when handed an unchecked slot, so
// that no slot can name another socket, a directory or a pattern.
//
// Where it differs from the reference: the reference lets the socket
// be reached at /var/run too (which resolves to /run), takes any
// characters AppArmor reads as literals in the name, and puts no limit
// on its length.

const pkcs11Summary = `allows using PKCS#11 tokens through a p11-kit server`

// pkcs11BaseDeclarationSlots: carrying the slot always needs a snap
// declaration, and nothing connects to one by itself.
const pkcs11BaseDeclarationSlots = `
allow-installation: false
deny-auto-connection: true
`

const pkcs11ConnectedPlugAppArmor = `
# Description: use the PKCS#11 tokens that a p11-kit server exposes,
# through p11-kit's client module, over the socket the slot names.

# p11-kit's configuration: which modules to load, and the client
# module's "remote" setting that names the server's socket.
/etc/pkcs11/{,**} r,
/usr/share/p11-kit/modules/{,*} r,

# The tools that list tokens and use them, from the base.
/usr/bin/{p11tool,pkcs11-tool} ixr,
`

const pkcs11PermanentSlotAppArmor = `
# Description: serve PKCS#11 tokens to snaps as a p11-kit server, on
# the socket the slot names.

# Make p11-kit's runtime directory when the host has not.
/run/p11-kit/ rw,

# p11-kit's configuration, and the modules it is told to load.
/etc/pkcs11/{,**} r,
/usr/share/p11-kit/modules/{,*} r,

# The server (p11-kit server) and the helper it runs for each client
# (p11-kit-remote, which loads the modules), and the tools that list
# and use tokens.
/usr/bin/{p11-kit,p11tool,pkcs11-tool} ixr,
/usr/{lib,libexec}/p11-kit/p11-kit-{server,remote} ixr,
`

const pkcs11PermanentSlotSecComp = `
# Description: serve PKCS#11 tokens to snaps as a p11-kit server.

# Listen on the socket (binding it is in the base policy) and accept
# clients.
listen
accept
accept4
`

// pkcs11SocketAttr is the slot attribute naming the server's socket.
const pkcs11SocketAttr = "pkcs11-socket"

// pkcs11SocketDir is the directory the socket must be in.
const pkcs11SocketDir = "/run/p11-kit"

// pkcs11SocketName is the socket's name in pkcs11SocketDir.
var pkcs11SocketName = regexp.MustCompile(`^pkcs11-[A-Za-z0-9][A-Za-z0-9._-]*$`)

// unixSocketPathMax is the longest path a unix socket address holds:
// sun_path is 108 bytes, with the terminating NUL.
const unixSocketPathMax = 107

// pkcs11Socket reads and checks a slot's pkcs11-socket.
func pkcs11Socket(attrs map[string]interface{}) (string, error) {
	socket, ok, err := stringAttr(attrs, pkcs11SocketAttr)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf("%q must name the p11-kit server's socket, %s/pkcs11-NAME", pkcs11SocketAttr, pkcs11SocketDir)
	}
	if err := checkLength(pkcs11SocketAttr, socket, unixSocketPathMax); err != nil {
		return "", err
	}
	if err := validatePath(pkcs11SocketAttr, socket, pkcs11SocketDir); err != nil {
		return "", err
	}
	if dir, name := path.Split(socket); dir != pkcs11SocketDir+"/" || !pkcs11SocketName.MatchString(name) {
		return "", fmt.Errorf("%s %q must be %s/pkcs11-NAME, NAME being letters, digits, \".\", \"_\" or \"-\"", pkcs11SocketAttr, socket, pkcs11SocketDir)
	}
	return socket, nil
}

// pkcs11Interface adds to the common data the socket that the slot
// names, on both sides.
type pkcs11Interface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*pkcs11Interface)(nil)
	_ interfaces.SlotSanitizer      = (*pkcs11Interface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*pkcs11Interface)(nil)
	_ apparmor.PermanentSlotDefiner = (*pkcs11Interface)(nil)
	_ seccomp.PermanentSlotDefiner  = (*pkcs11Interface)(nil)
	_ interfaces.AttributeDescriber = (*pkcs11Interface)(nil)
)

// BeforePrepareSlot implements interfaces.SlotSanitizer.
func (iface *pkcs11Interface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	if _, err := pkcs11Socket(slot.Attrs); err != nil {
		return slotAttrError(slot, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner: the
// client may connect to the socket the slot names, checked again.
func (iface *pkcs11Interface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	socket, err := pkcs11Socket(slot.StaticAttrs())
	if err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	spec.AddSnippet(iface.connectedPlugAppArmor + "\n# The server's socket, the one the slot names.\n" + socket + " rw,\n")
	return nil
}

// AppArmorPermanentSlot implements apparmor.PermanentSlotDefiner: the
// server may make, and serve on, the socket its slot names.
func (iface *pkcs11Interface) AppArmorPermanentSlot(spec *apparmor.Specification, slot *snap.SlotInfo) error {
	socket, err := pkcs11Socket(slot.Attrs)
	if err != nil {
		return slotAttrError(slot, err)
	}
	spec.AddSnippet(pkcs11PermanentSlotAppArmor + "\n# The socket the slot names.\n" + socket + " rw,\n")
	return nil
}

// pkcs11Attributes describes the slot's pkcs11-socket (pkcs11Socket).
var pkcs11Attributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "slot", Name: pkcs11SocketAttr, Type: interfaces.AttrTypeString, Required: true,
		Description: fmt.Sprintf("The unix socket on which the slot's p11-kit server serves its tokens; a connected plug reaches this socket and no other. It must be directly in %s and named pkcs11- then a letter or digit followed by letters, digits, \".\", \"_\" or \"-\", the whole path at most %d bytes (a unix socket address).", pkcs11SocketDir, unixSocketPathMax),
	}},
	Examples: []interfaces.AttributeExample{
		{Title: "the tokens of a board's OP-TEE, served by its gadget", Slot: map[string]interface{}{pkcs11SocketAttr: "/run/p11-kit/pkcs11-optee-slot-0"}},
	},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *pkcs11Interface) Attributes() interfaces.AttributeDoc { return pkcs11Attributes }

func init() {
	registerIface(&pkcs11Interface{commonInterface{
		name:                  "pkcs11",
		summary:               pkcs11Summary,
		docURL:                "https://snapcraft.io/docs/pkcs11-interface",
		implicitOn:            notImplicit,
		baseDeclarationSlots:  pkcs11BaseDeclarationSlots,
		connectedPlugAppArmor: pkcs11ConnectedPlugAppArmor,
		permanentSlotSecComp:  pkcs11PermanentSlotSecComp,
	}})
}
