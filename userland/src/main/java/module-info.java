/**
 * The programs of Moka's default image, ordinary Java programs that reach the kernel only through
 * relibc: {@code init}, the shell {@code sh}, the {@code file:} daemon {@code ramfsd}, the core utilities ({@code echo cat ls ps kill uname
 * sleep true false wc env rm mv}), {@code usertests} and {@code sysbench}. {@link dev.moka.userland.Programs}
 * lists them with their main classes for the image assembler, which compiles each into a user
 * executable of its own and packs it into the image's initfs as {@code bin/NAME}.
 */
module dev.moka.userland {
    requires transitive dev.moka.relibc;
    requires dev.moka.scheme;

    exports dev.moka.userland;
    exports dev.moka.userland.init;
    exports dev.moka.userland.sh;
    exports dev.moka.userland.coreutils;
    exports dev.moka.userland.usertests;
    exports dev.moka.userland.sysbench;
    exports dev.moka.userland.services;
    exports dev.moka.userland.drivers;
}
