package org.diplograph.action.code;

/** CAMEO's quad classes; the database stores them as 1 to 4. */
public enum QuadClass {
    VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

    public static QuadClass ofNumber(int number) {
        return values()[number - 1];
    }

    public int number() {
        return ordinal() + 1;
    }
}
