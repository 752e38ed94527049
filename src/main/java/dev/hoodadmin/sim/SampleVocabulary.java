package dev.hoodadmin.sim;

import java.util.List;

/** Hand-written marketing/customer properties and the word lists used to make up more of them. */
final class SampleVocabulary {

    /** A realistic property as an admin would have set it up. */
    record Curated(String target, String label, String dataType, boolean system, boolean piData,
                   String example, String description) {
    }

    // The first rows are the awkward ones on purpose, so even a small data set shows them:
    // accents and CJK, emoji, HTML-like text and a long description.
    static final List<Curated> CURATED = List.of(
            row("region_name", "Region Name", "text", "northern_europe",
                    "Custom region information associated with the profile. Can be used to group or filter "
                            + "profiles based on regional segmentation defined by your organization."),
            row("loyalty_tier", "Loyalty Tier", "text", "gold",
                    "Tier in the loyalty programme: bronze, silver, gold or platinum."),
            row("last_purchase_at", "Last Purchase At", "date", "2024-05-17",
                    "Date of the most recent completed order."),
            row("lifetime_value", "Lifetime Value", "number", "1249.90",
                    "Total revenue from this customer so far, in EUR."),
            row("preferred_region", "Région préférée — 首选地区", "text", "Île-de-France",
                    "Région choisie par le client. 客户选择的地区。 Ελληνικά, Русский, Türkçe, Ñandú."),
            row("favourite_emoji", "Favourite Emoji 🎉", "text", "🚀",
                    "Emoji the customer reacts with most 😀👍🏽 (with skin tones and joined ones like 👩‍💻)."),
            row("newsletter_opt_in", "Newsletter <b>Opt-in</b>", "boolean", "true",
                    "<b>bold</b> & \"quotes\" & 'apostrophes' <script>alert('x')</script> &amp; entities"),
            row("customer_notes", "Customer Notes", "text", "VIP, prefers phone contact", longDescription()),
            row("coupon_code", "Coupon Code", "text", "SPRING24", "Last coupon code redeemed."),
            row("referral_source", "Referral Source", "text", "friend", "Who or what referred the customer."),
            row("city_aliases", "Town / City", "text", "Novi Sad", "City as typed by the customer."),
            row("home_location", "Home Location", "geo_point", "45.2671,19.8335", "Approximate home coordinates."),
            system("email", "Email", "text", true, "ana.petrovic@example.com", "Primary e-mail address."),
            system("first_name", "First Name", "text", true, "Ana", "Given name as entered at sign-up."),
            system("last_name", "Last Name", "text", true, "Petrović", "Family name as entered at sign-up."),
            system("phone", "Phone", "text", true, "+381 64 123 4567", "Mobile number in international format."),
            system("country", "Country", "text", false, "RS", "ISO 3166-1 alpha-2 country code."),
            system("language", "Language", "text", false, "sr-Latn", "Preferred language (BCP 47 tag)."),
            row("birth_date", "Birth Date", "date", "1990-04-12", "Date of birth, used for birthday campaigns."),
            row("gender", "Gender", "text", "female", "Self-declared gender."),
            row("cart_value", "Cart Value", "number", "89.50", "Value of the current cart, in EUR."),
            row("cart_items", "Cart Items", "number", "3", "Number of items in the current cart."),
            row("abandoned_cart", "Abandoned Cart", "boolean", "false", "True when a cart was left unpaid."),
            row("signup_source", "Signup Source", "text", "landing_page", "Where the profile signed up."),
            row("utm_campaign", "UTM Campaign", "text", "black_friday", "utm_campaign of the first visit."),
            row("utm_source", "UTM Source", "text", "newsletter", "utm_source of the first visit."),
            row("utm_medium", "UTM Medium", "text", "email", "utm_medium of the first visit."),
            system("device_type", "Device Type", "text", false, "mobile", "Device class of the last visit."),
            system("browser", "Browser", "text", false, "Firefox", "Browser of the last visit."),
            system("os_name", "OS Name", "text", false, "Android", "Operating system of the last visit."),
            row("push_subscribed", "Push Subscribed", "boolean", "true", "Subscribed to web push."),
            row("sms_opt_in", "SMS Opt-in", "boolean", "false", "Agreed to receive SMS."),
            row("preferred_channel", "Preferred Channel", "text", "email", "Channel the customer answers most."),
            row("favourite_category", "Favourite Category", "text", "running_shoes", "Most bought category."),
            row("average_order_value", "Average Order Value", "number", "54.20", "Mean order value, in EUR."),
            row("orders_count", "Orders Count", "number", "12", "Number of completed orders."),
            row("last_login_at", "Last Login At", "date", "2024-06-01", "Date of the last sign-in."),
            row("churn_risk_score", "Churn Risk Score", "number", "0.37", "Predicted churn risk, 0 to 1."),
            row("nps_score", "NPS Score", "number", "9", "Last Net Promoter Score answer."),
            row("marketing_consent", "Marketing Consent", "boolean", "true", "Consent to marketing messages."),
            row("company_name", "Company Name", "text", "Acme d.o.o.", "Employer, for B2B campaigns."),
            row("job_title", "Job Title", "text", "Head of Growth", "Job title, for B2B campaigns."));

    static final List<String> PREFIXES = List.of("last", "first", "preferred", "total", "average", "favourite",
            "recent", "lifetime", "monthly", "weekly", "predicted", "custom", "secondary", "seasonal");

    static final List<String> NOUNS = List.of("purchase_channel", "store", "product", "category", "brand",
            "visit_day", "payment_method", "shipping_city", "discount", "campaign", "segment", "interest",
            "score", "basket_size", "delivery_slot", "wishlist_item", "review_rating", "support_ticket",
            "app_version", "referral_code");

    static final List<String> TEXT_EXAMPLES = List.of("north", "premium", "weekend", "card", "Belgrade",
            "summer_sale", "kids", "express", "organic", "outdoor");

    static final List<String> DESCRIPTION_TEMPLATES = List.of(
            "Tracks the %s of the customer.",
            "The %s as reported by the shop integration.",
            "Imported from the CRM: %s.",
            "Computed nightly from order history (%s).");

    private SampleVocabulary() {
    }

    private static Curated row(String target, String label, String type, String example, String description) {
        return new Curated(target, label, type, false, false, example, description);
    }

    private static Curated system(String target, String label, String type, boolean piData, String example,
                                  String description) {
        return new Curated(target, label, type, true, piData, example, description);
    }

    /** Exactly 1,500 characters, for testing wrapping and truncation. */
    private static String longDescription() {
        String sentence = "Free-form notes from customer support, kept for context across channels. ";
        StringBuilder text = new StringBuilder(1_500);
        while (text.length() < 1_500) {
            text.append(sentence);
        }
        return text.substring(0, 1_500);
    }
}
