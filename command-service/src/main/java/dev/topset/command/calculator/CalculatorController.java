package dev.topset.command.calculator;

import dev.topset.api.training.Load;
import dev.topset.api.training.LoadUnit;
import dev.topset.command.loading.PlateSets;
import dev.topset.command.validation.InvalidRequestException;
import dev.topset.command.validation.RpeStep;
import dev.topset.science.backoff.BackoffCalculator;
import dev.topset.science.backoff.BackoffMethod;
import dev.topset.science.backoff.BackoffPrescription;
import dev.topset.science.backoff.TopSet;
import dev.topset.science.coaching.PlatePair;
import dev.topset.science.plates.PlateCalculator;
import dev.topset.science.plates.PlateSet;
import dev.topset.science.plates.RoundedLoad;
import dev.topset.science.plates.RoundingDirection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stateless calculators for clients (the same science the prescriptions use). Bad parameters are 400
 * with the failing fields; a well-formed question the science cannot answer (a target off the RPE chart,
 * a top set lighter than the bar, plates that cannot make the increment) is 422 with science's rule name.
 */
@RestController
@RequestMapping("/calculators")
@Tag(name = "calculators", description = "Backoff loads and plate breakdowns")
public class CalculatorController {

    private static final String BACKOFF_EXAMPLE = """
            {"topSet":{"amount":140,"unit":"KG"},"reps":5,"rpe":8,"method":"PERCENT_DROP",
             "load":{"amount":122.5,"unit":"KG"},"exactLoad":{"amount":122.5,"unit":"KG"},"dropPercent":12.5,
             "e1rm":null,"targetReps":5,"targetRpe":null,"cappedAtTopSet":false,"rounding":"NEAREST",
             "bar":{"amount":20,"unit":"KG"},"platesPerSide":[{"plate":25,"count":2},{"plate":1.25,"count":1}]}""";

    private static final String PLATES_EXAMPLE = """
            {"target":{"amount":142.5,"unit":"KG"},"load":{"amount":142.5,"unit":"KG"},"rounding":"NEAREST",
             "bar":{"amount":20,"unit":"KG"},"increment":2.5,
             "platesPerSide":[{"plate":25,"count":2},{"plate":10,"count":1},{"plate":1.25,"count":1}],
             "belowBar":false}""";

    @GetMapping("/backoff")
    @Operation(summary = "Backoff load from a top set",
            description = "With dropPercent: the top-set load minus that percentage. With targetReps and targetRpe:"
                    + " the load for that target from the top set's e1RM (RPE chart). With neither: the first"
                    + " backoff about 2 reps shy of failure (the top set's reps at RPE 8). Never above the top"
                    + " set; rounded to a loadable weight with the standard plates of the unit (or bar, plates,"
                    + " increment).",
            responses = @ApiResponse(responseCode = "200", description = "the backoff load",
                    content = @Content(mediaType = "application/json",
                            examples = @ExampleObject(name = "12.5 % drop from 140 kg x 5 @ 8",
                                    value = BACKOFF_EXAMPLE))))
    public BackoffCalculation backoff(
            @RequestParam @DecimalMin("0") @DecimalMax("2204.62") @Digits(integer = 4, fraction = 3)
            @Parameter(description = "top-set load", example = "140") BigDecimal load,
            @RequestParam @Parameter(description = "kg or lb", example = "kg") LoadUnit unit,
            @RequestParam @Min(1) @Max(100) @Parameter(description = "top-set reps", example = "5") Integer reps,
            @RequestParam(required = false) @RpeStep @Parameter(description = "top-set RPE", example = "8")
            BigDecimal rpe,
            @RequestParam(required = false) @Min(0) @Max(10)
            @Parameter(description = "top-set reps in reserve (when no RPE)") Integer rir,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax(value = "100", inclusive = false)
            @Parameter(description = "percent below the top set", example = "12.5") BigDecimal dropPercent,
            @RequestParam(required = false) @Min(1) @Max(12)
            @Parameter(description = "backoff target reps (with targetRpe)", example = "8") Integer targetReps,
            @RequestParam(required = false) @RpeStep @DecimalMin("6.5")
            @Parameter(description = "backoff target RPE (with targetReps)", example = "7.5") BigDecimal targetRpe,
            @RequestParam(defaultValue = "nearest") @Parameter(description = "down, nearest or up") RoundingDirection rounding,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("100")
            @Parameter(description = "bar weight; default 20 kg / 45 lb") BigDecimal bar,
            @RequestParam(required = false) @DecimalMin(value = "0", inclusive = false) @DecimalMax("50")
            @Parameter(description = "smallest jump; default 2.5 kg / 5 lb") BigDecimal increment,
            @RequestParam(required = false) @Size(min = 1, max = 12)
            @Parameter(description = "plate sizes, e.g. 25,20,15,10,5,2.5,1.25") List<BigDecimal> plates) {
        if (dropPercent != null && (targetReps != null || targetRpe != null)) {
            throw new InvalidRequestException("dropPercent", "use either dropPercent or targetReps + targetRpe");
        }
        if ((targetReps == null) != (targetRpe == null)) {
            throw new InvalidRequestException(targetReps == null ? "targetReps" : "targetRpe",
                    "targetReps and targetRpe go together");
        }
        PlateSet plateSet = PlateSets.resolve(unit, bar, plates, increment);
        BackoffCalculator calculator = new BackoffCalculator(new PlateCalculator(plateSet), rounding);
        TopSet top = new TopSet(new Load(load, unit), reps, rpe, rir);
        BackoffPrescription backoff;
        if (dropPercent != null) {
            backoff = calculator.percentDrop(top, dropPercent);
        } else if (targetReps != null) {
            backoff = calculator.forTarget(top, targetReps, targetRpe);
        } else {
            backoff = calculator.firstBackoff(top);
        }
        BigDecimal forRpe = switch (backoff.method()) {
            case PERCENT_DROP -> null;
            case RPE_TARGET -> targetRpe;
            case FIRST_BACKOFF_DEFAULT -> BackoffCalculator.FIRST_BACKOFF_RPE;
        };
        int forReps = backoff.method() == BackoffMethod.RPE_TARGET ? targetReps : reps;
        Load exact = new Load(backoff.exactLoad().amount().setScale(2, RoundingMode.HALF_UP), backoff.exactLoad().unit());
        return new BackoffCalculation(top.load(), reps, top.rpe(), backoff.method(), backoff.load(), exact,
                backoff.dropPercent(), backoff.e1rm(), forReps, forRpe, backoff.cappedAtTopSet(), rounding,
                backoff.plates().bar(), PlatePair.perSide(backoff.plates().platesPerSide()));
    }

    @GetMapping("/plates")
    @Operation(summary = "Round a load to loadable and list the plates per side",
            description = "Standard plates: 20 kg bar with 25/20/15/10/5/2.5/1.25 kg; 45 lb bar with"
                    + " 45/35/25/10/5/2.5 lb. Any plates (e.g. with 0.5 kg fractional plates) and any increment"
                    + " they really make (1 kg from 0.5 kg pairs); one they cannot make (1.25 kg with the standard"
                    + " plates) is 422 PLATE_SET, no plate is invented.",
            responses = @ApiResponse(responseCode = "200", description = "the loadable weight",
                    content = @Content(mediaType = "application/json",
                            examples = @ExampleObject(name = "142.5 kg", value = PLATES_EXAMPLE))))
    public PlateCalculation plates(
            @RequestParam @DecimalMin("0") @DecimalMax("2204.62") @Digits(integer = 4, fraction = 3)
            @Parameter(description = "the load you want", example = "142.5") BigDecimal load,
            @RequestParam @Parameter(description = "kg or lb", example = "kg") LoadUnit unit,
            @RequestParam(defaultValue = "nearest") @Parameter(description = "down, nearest or up", example = "nearest")
            RoundingDirection rounding,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("100")
            @Parameter(description = "bar weight; default 20 kg / 45 lb", example = "20") BigDecimal bar,
            @RequestParam(required = false) @DecimalMin(value = "0", inclusive = false) @DecimalMax("50")
            @Parameter(description = "smallest jump; default 2.5 kg / 5 lb", example = "2.5") BigDecimal increment,
            @RequestParam(required = false) @Size(min = 1, max = 12)
            @Parameter(description = "plate sizes, e.g. 25,20,15,10,5,2.5,1.25") List<BigDecimal> plates) {
        PlateSet plateSet = PlateSets.resolve(unit, bar, plates, increment);
        RoundedLoad rounded = new PlateCalculator(plateSet).round(new Load(load, unit), rounding);
        return new PlateCalculation(rounded.target(), rounded.load(), rounding, rounded.bar(), plateSet.increment(),
                PlatePair.perSide(rounded.platesPerSide()), rounded.belowBar());
    }
}
