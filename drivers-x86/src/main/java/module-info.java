/** The x86_64 arch pack and drivers. */
module dev.moka.drivers.x86 {
    requires dev.moka.kernel.api;
    requires dev.moka.kernel.mm;
    requires dev.moka.assembler.x86;

    exports dev.moka.drivers.x86;
    exports dev.moka.drivers.x86.boot;
}
